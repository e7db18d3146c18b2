// Serves a built site on 127.0.0.1 with nothing but node:http, so that `npm start` and the browser
// tests need no extra server and stop cleanly with their own process.
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer, type Server, type ServerResponse } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { DOCUMENT_FILE_POLICY, policyHeader } from "@styrdok/pages/csp";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".wasm": "application/wasm",
  // The web editor (/admin): its configuration and the fonts bundled with it.
  ".yml": "application/yaml; charset=utf-8",
  ".woff2": "font/woff2",
  ".pf_meta": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_filter": "application/octet-stream",
};

async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0] ?? "/");
  } catch {
    return undefined;
  }
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
  for (const path of [candidate, join(candidate, "index.html")]) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isFile()) return path;
  }
  return undefined;
}

/** Streams a file; a file that vanishes after the lookup ends the response instead of the server. */
function send(file: string, response: ServerResponse): void {
  createReadStream(file)
    .on("error", () => response.destroy())
    .pipe(response);
}

/** What every response says: its type is what it claims to be. */
const SAFE_HEADERS = { "x-content-type-options": "nosniff" };

/** Files a browser may open as documents of their own, which therefore get a policy too. */
const DOCUMENT_FILES = new Set([".svg", ".xml"]);

/**
 * Sends a page with its Content-Security-Policy as a header too: the page's own (its <meta>, in
 * the first bytes of its head) and frame-ancestors, which only a header can carry. Pages are
 * small, so each is read whole, as bytes: they are sent exactly as they are.
 */
async function sendPage(file: string, status: number, response: ServerResponse): Promise<void> {
  const bytes = await readFile(file).catch(() => undefined);
  if (bytes === undefined) {
    response.destroy();
    return;
  }
  const policy = policyHeader(bytes.subarray(0, 4096).toString("utf8"));
  response.writeHead(status, { ...SAFE_HEADERS, "content-type": "text/html; charset=utf-8", "content-security-policy": policy });
  response.end(bytes);
}

/** Starts a static server for `directory`; port 0 picks a free port. */
export function serveDirectory(directory: string, port = 0, host = "127.0.0.1"): Promise<Server> {
  const root = resolve(directory);
  const server = createServer(async (request, response) => {
    const file = await resolveFile(root, request.url ?? "/");
    if (!file) {
      const notFound = await resolveFile(root, "/404.html");
      if (notFound) return sendPage(notFound, 404, response);
      const html = "<!doctype html><html lang=sv><title>Hittades inte</title><p>Sidan finns inte.</p></html>";
      response.writeHead(404, { ...SAFE_HEADERS, "content-type": "text/html; charset=utf-8", "content-security-policy": policyHeader(html) });
      response.end(html);
      return;
    }
    if (extname(file) === ".html") return sendPage(file, 200, response);
    const documentPolicy = DOCUMENT_FILES.has(extname(file)) ? { "content-security-policy": DOCUMENT_FILE_POLICY } : {};
    response.writeHead(200, { ...SAFE_HEADERS, ...documentPolicy, "content-type": contentTypes[extname(file)] ?? "application/octet-stream" });
    send(file, response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

if (import.meta.main) {
  const directory = process.argv[2] ?? "site/dist";
  const port = Number(process.env.PORT ?? 4321);
  const server = await serveDirectory(directory, port).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== "EADDRINUSE") throw error;
    process.stderr.write(`Port ${port} är upptagen; väljer en ledig port.\n`);
    return serveDirectory(directory, 0);
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  process.stdout.write(`Webbplatsen visas på http://127.0.0.1:${actualPort}/ (avsluta med Ctrl+C)\n`);
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
