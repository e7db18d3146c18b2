import type { APIRoute } from "astro";
import { downloads, loadSite } from "@styrdok/pages";

export const GET: APIRoute = async () => {
  const { json } = downloads(await loadSite());
  return new Response(json.body, { headers: { "content-type": json.contentType } });
};
