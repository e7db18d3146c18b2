import { changesFeed, loadSite } from "@styrdok/pages";
import type { APIRoute } from "astro";

export const GET: APIRoute = async () => new Response(changesFeed(await loadSite()), { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
