// The base path a site is built under (STYRDOK_BASE): GitHub Pages serves a project's site under
// /<repository>/, and configure-pages writes that path without its last slash.
import { describe, expect, it } from "vitest";
import { normalBase, siteBase, siteUrl } from "../src/index.ts";

describe("the base path", () => {
  it("reads what a workflow or a person writes as one form, /a/b/", () => {
    expect([undefined, "", "/", "//"].map(normalBase)).toEqual(["/", "/", "/", "/"]);
    expect(["/styrdok", "styrdok", "styrdok/", "/styrdok/"].map(normalBase)).toEqual(["/styrdok/", "/styrdok/", "/styrdok/", "/styrdok/"]);
    expect(normalBase("/org/styrdok.se_v-2~x")).toBe("/org/styrdok.se_v-2~x/");
  });

  it("refuses what would need escaping in every link, or leave the site", () => {
    for (const value of ["/a b", "/../x", "/./x", "https://example.org/x", "/å", "/a?b", "/a#b"]) {
      expect(() => normalBase(value), value).toThrow(`STYRDOK_BASE ska vara en sökväg som /styrdok/, av bokstäverna a–z och A–Z, siffror och . _ ~ -; "${value}" går inte.`);
    }
  });

  it("is the root unless STYRDOK_BASE says otherwise, and then leaves every address as it was", () => {
    expect(siteBase).toBe("/");
    expect(siteUrl("/sok/")).toBe("/sok/");
    expect(siteUrl("/")).toBe("/");
  });
});
