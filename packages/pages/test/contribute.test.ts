import { codes } from "@styrdok/core";
import { describe, expect, it } from "vitest";
import { contributeView, textParts } from "../src/index.ts";

describe("the contributor's guide page (/bidra/)", () => {
  it("lists every finding code once, with its severity, an example in its own words and a fix", () => {
    const view = contributeView();
    const listed = view.groups.flatMap((group) => group.findings);
    expect(listed.map((finding) => finding.code).sort()).toEqual(Object.keys(codes).sort());
    expect(view.counts).toEqual({ codes: listed.length, errors: listed.filter((f) => f.severity === "error").length, warnings: listed.filter((f) => f.severity === "warning").length });
    const enumFinding = listed.find((finding) => finding.code === "schema-enum")!;
    expect(enumFinding.severityWord).toBe("Fel");
    expect(enumFinding.example).toContain('Menade du "statlig-myndighet"?');
    expect(listed.every((finding) => finding.fix.length > 0)).toBe(true);
    // Each group is one section: no group title appears twice.
    expect(new Set(view.groups.map((group) => group.title)).size).toBe(view.groups.length);
  });

  it("marks the syntax in a fix as code, and keeps the words around it", () => {
    expect(textParts("Lägg till `type:` överst, eller `---`.")).toEqual([
      { text: "Lägg till " },
      { text: "type:", code: true },
      { text: " överst, eller " },
      { text: "---", code: true },
      { text: "." },
    ]);
  });

  it("links the web editor and the changes through the site's address helpers", () => {
    const view = contributeView();
    expect(view.adminUrl).toBe("/admin/");
    expect(view.changesUrl).toBe("/andringar/");
  });
});
