import { downloads, loadSite } from "@styrdok/pages";
import type { APIRoute } from "astro";

export const GET: APIRoute = async () => {
  const { json } = downloads(await loadSite());
  return new Response(json.body, { headers: { "content-type": json.contentType } });
};
