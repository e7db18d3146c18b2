import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { IncomingHttpHeaders, Server } from "node:http";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { contentSecurityPolicy } from "@styrdok/pages";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveDirectory } from "../site/scripts/serve.ts";

const root = mkdtempSync(join(tmpdir(), "styrdok-serve-"));
let server: Server;
let port = 0;

beforeAll(async () => {
  mkdirSync(join(root, "site/dokument"), { recursive: true });
  writeFileSync(join(root, "site/index.html"), "<p>start</p>");
  writeFileSync(join(root, "site/dokument/index.html"), "<p>dokument</p>");
  writeFileSync(join(root, "secret.txt"), "hemligt");
  // As Astro writes the policy: its quotes as &#39;.
  writeFileSync(
    join(root, "site/sok.html"),
    `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${contentSecurityPolicy("search").replaceAll("'", "&#39;")}"></head></html>`,
  );
  writeFileSync(join(root, "site/ikon.svg"), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
  writeFileSync(join(root, "site/data.json"), "{}");
  server = await serveDirectory(join(root, "site"));
  port = (server.address() as { port: number }).port;
});
afterAll(() => {
  server.close();
  rmSync(root, { recursive: true, force: true });
});

// fetch() normalises "/../", so send the raw path the way a hostile client would.
function get(path: string): Promise<{ status: number; body: string; type: string; headers: IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method: "GET" }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, type: String(res.headers["content-type"]), headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("serveDirectory", () => {
  it("serves files and folder indexes on 127.0.0.1", async () => {
    expect(await get("/")).toMatchObject({ status: 200, body: "<p>start</p>", type: "text/html; charset=utf-8" });
    expect(await get("/dokument/")).toMatchObject({ status: 200, body: "<p>dokument</p>" });
  });

  it("never serves anything outside the folder", async () => {
    expect((await get("/../secret.txt")).status).toBe(404);
    expect((await get("/%2e%2e/secret.txt")).status).toBe(404);
    expect((await get("/%E0%A4%A")).status).toBe(404);
  });

  it("sends each page's own Content-Security-Policy as a header, with what only a header can say", async () => {
    // A page with a policy of its own (the search page's) gets that one; a page without, the policy of most pages.
    expect((await get("/sok.html")).headers["content-security-policy"]).toBe(`${contentSecurityPolicy("search")}; frame-ancestors 'none'`);
    expect((await get("/")).headers["content-security-policy"]).toBe(`${contentSecurityPolicy("page")}; frame-ancestors 'none'`);
    expect((await get("/finns-inte/")).headers["content-security-policy"]).toBe(`${contentSecurityPolicy("page")}; frame-ancestors 'none'`);
    // Data and scripts get none (a script started as a worker would take it as its own policy), and no type is guessed.
    const data = await get("/data.json");
    expect(data.headers["content-security-policy"]).toBeUndefined();
    expect(data.headers["x-content-type-options"]).toBe("nosniff");
    // An SVG opened by itself runs nothing.
    expect((await get("/ikon.svg")).headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});
