import { downloads, loadSite } from "@styrdok/pages";
import type { APIRoute, GetStaticPaths } from "astro";

export const getStaticPaths: GetStaticPaths = async () => downloads(await loadSite()).csv.map((file) => ({ params: { table: file.name }, props: { file } }));

export const GET: APIRoute = ({ props }) => new Response(props.file.body, { headers: { "content-type": props.file.contentType } });
