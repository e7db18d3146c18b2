import { describe, expect, it } from "vitest";
import { renderFinding } from "../src/messages.ts";
import { isPartialDate, suggestValue } from "../src/schemas.ts";
import { actorsFile, findings, validateTree } from "./helpers.ts";

describe("isPartialDate", () => {
  it.each([
    ["2020", true],
    ["2020-06", true],
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2024-02-30", false],
    ["2020-13", false],
    ["2020-00-10", false],
    ["20-01-01", false],
    ["2020-1-1", false],
    ["2020-01-01T00:00", false],
  ])("%s → %s", (value, expected) => {
    expect(isPartialDate(value)).toBe(expected);
  });
});

describe("suggestValue", () => {
  it("knows the Swedish words for a value, from the schemas' titles and other words", () => {
    expect(suggestValue("ska", ["must", "should", "may"])).toBe("must");
    expect(suggestValue("Skall", ["must", "should", "may"])).toBe("must");
    expect(suggestValue("landsting", ["kommun", "region"])).toBe("region");
    expect(suggestValue("Dalarnas län", ["dalarna", "stockholm"])).toBe("dalarna");
    // The same word means different values in different lists; only the allowed ones count.
    expect(suggestValue("rekommendation", ["measure", "recommendation"])).toBe("recommendation");
    expect(suggestValue("rekommendation", ["adopted", "recommended"])).toBe("recommended");
  });

  it("finds the value written in another form or misspelt, and nothing for a stranger", () => {
    expect(suggestValue("Statlig myndighet", ["kommun", "statlig-myndighet"])).toBe("statlig-myndighet");
    expect(suggestValue("myndighet", ["kommun", "statlig-myndighet"])).toBe("statlig-myndighet");
    expect(suggestValue("stategy", ["strategy", "report"])).toBe("strategy");
    expect(suggestValue("banan", ["strategy", "report"])).toBe("");
  });
});

describe("schema findings", () => {
  it("points at the unknown key itself and suggests the field that was meant", async () => {
    const result = await validateTree({
      "actors.md": "---\ntype: actors\nactors:\n  - id: falu-kommun\n    name: Falu kommun\n    kind: kommun\n    cuonties: [dalarna]\n---\n",
    });
    expect(findings(result)).toEqual(["actors.md:7:5 schema-unknown-field"]);
    expect(renderFinding(result.files[0]!.messages[0]!, "sv")).toContain('Menade du "counties"?');
  });

  it("reports every error of a file, not just the first", async () => {
    const result = await validateTree({
      "actors.md": "---\ntype: actors\nactors:\n  - id: Falu\n    kind: town\n  - name: 12\n    kind: kommun\n---\n",
    });
    expect(findings(result)).toEqual(["actors.md:4:5 schema-required", "actors.md:4:9 schema-pattern", "actors.md:5:11 schema-enum", "actors.md:6:5 schema-required", "actors.md:6:11 schema-type"]);
  });

  it("keeps the ids of an invalid file, so one broken file does not break every reference to it", async () => {
    const result = await validateTree({
      "actors.md": "---\ntype: actors\nactors:\n  - id: polismyndigheten\n    name: Polismyndigheten\n    kind: myndighet\n---\n",
      "documents/s/index.md":
        "---\ntype: document\nid: s\nkind: strategy\ntitle: S\ncounties: [dalarna]\nstatus: in-force\ntextAvailability: none\nparties:\n  - actor: polismyndigheten\n    roles: [party]\n---\n",
    });
    expect(findings(result)).toEqual(["actors.md:6:11 schema-enum"]);
  });

  it("never lets __proto__ or constructor keys reach the prototype", async () => {
    const result = await validateTree({
      "actors.md": "---\ntype: actors\n__proto__: {polluted: yes}\nactors:\n  - id: a\n    name: A\n    kind: kommun\n    constructor: {prototype: {polluted: yes}}\n---\n",
    });
    expect(findings(result)).toEqual(["actors.md:3:1 schema-unknown-field", "actors.md:8:5 schema-unknown-field"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, "polluted")).toBe(false);
  });

  it("accepts the same content with CRLF line endings and a byte-order mark, at the same positions", async () => {
    const broken = "---\ntype: actors\nactors:\n  - id: a\n    name: A\n    kind: stad\n---\n";
    const plain = await validateTree({ "actors.md": broken });
    const crlf = await validateTree({ "actors.md": broken.replaceAll("\n", "\r\n") });
    const bom = await validateTree({ "actors.md": `\ufeff${broken}` });
    expect(findings(plain)).toEqual(["actors.md:6:11 schema-enum"]);
    expect(findings(crlf)).toEqual(findings(plain));
    expect(findings(bom)).toEqual(findings(plain));
    expect((await validateTree({ "actors.md": actorsFile.replaceAll("\n", "\r\n") })).errors).toBe(0);
  });
});

describe("signatures", () => {
  const document = (signatures: string) => ({
    "actors.md": actorsFile,
    "documents/s/index.md": `---\ntype: document\nid: s\nkind: action-plan\ntitle: Plan\ncounties: [dalarna]\nstatus: in-force\ntextAvailability: none\nparties:\n  - actor: region-dalarna\n    roles: [party, signatory]\nsignatures:\n${signatures}---\n`,
  });

  it("records a signature by an organisation whose signer the source does not name", async () => {
    const result = await validateTree(document('  - actor: polismyndigheten\n    date: "2019-12-13"\n    place: Stockholm\n  - name: Anna Andersson\n    actor: region-dalarna\n'));
    expect(findings(result)).toEqual([]);
    expect(result.corpus.documents[0]!.signatures).toEqual([
      { actor: "polismyndigheten", date: "2019-12-13", place: "Stockholm" },
      { name: "Anna Andersson", actor: "region-dalarna" },
    ]);
  });

  it("still asks for a name where no actor says who signed", async () => {
    const result = await validateTree(document("  - place: Stockholm\n"));
    expect(findings(result).filter((finding) => finding.startsWith("documents/"))).toEqual(["documents/s/index.md:13:5 schema-required"]);
    expect(renderFinding(result.files.flatMap((file) => file.messages).find((message) => message.ruleId === "schema-required")!, "sv")).toContain('Fältet "name" (Namn) saknas');
  });
});
