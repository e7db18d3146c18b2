import { changesFeed, countiesWithDocuments, loadSite } from "@styrdok/pages";
import type { APIRoute, GetStaticPaths } from "astro";

export const getStaticPaths: GetStaticPaths = async () => countiesWithDocuments(await loadSite()).map(({ county }) => ({ params: { county }, props: { county } }));

export const GET: APIRoute = async ({ props }) => new Response(changesFeed(await loadSite(), props.county), { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
