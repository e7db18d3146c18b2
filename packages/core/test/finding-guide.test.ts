import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contributingFile, withFindingsSection } from "../scripts/generate-guide.ts";
import { type Code, codes, guideFindings } from "../src/index.ts";

describe("the contributor's guide to the findings", () => {
  it("is up to date in CONTRIBUTING.md (run `pnpm task:guide` after changing a code or its guide entry)", () => {
    const committed = readFileSync(contributingFile, "utf8");
    expect(committed).toBe(withFindingsSection(committed));
  });

  it("has every code, once, under its own heading with its severity in Swedish", () => {
    const guide = readFileSync(contributingFile, "utf8");
    for (const code of Object.keys(codes) as Code[]) {
      const heading = `#### \`${code}\`\n\n**${codes[code].severity === "error" ? "Fel" : "Varning"}.**`;
      expect(guide.split(heading).length - 1, code).toBe(1);
    }
    expect(
      guideFindings()
        .map((finding) => finding.code)
        .sort(),
    ).toEqual(Object.keys(codes).sort());
  });

  it("gives every code an example an editor can read and a fix in whole sentences", () => {
    for (const finding of guideFindings()) {
      expect(finding.example, finding.code).not.toMatch(/undefined|NaN|\[object Object\]/);
      expect(finding.fix, finding.code).toMatch(/^[A-ZÅÄÖ`].*[.)]$/s);
      // Code spans are written in pairs, so that the site and Markdown render them alike.
      expect((finding.fix.match(/`/g) ?? []).length % 2, finding.code).toBe(0);
    }
  });
});
