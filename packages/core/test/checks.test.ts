import { describe, expect, it } from "vitest";
import { loadContent, MAX_BODY_DEPTH, renderFinding } from "../src/index.ts";
import { actorsFile, contentTree, documentIndex, findings, validateTree } from "./helpers.ts";

const chapter = (frontmatter: string, body: string) => `---\ntype: chapter\nid: s-kap\ntitle: Kapitel\n${frontmatter}---\n${body}`;

describe("corpus checks", () => {
  it("accepts a consistent corpus without findings", async () => {
    const result = await validateTree({
      "actors.md": actorsFile,
      "documents/s/index.md": documentIndex("s"),
      "documents/s/01-kap.md": chapter(
        "goals:\n  - id: s-mal-1\n    level: mal\n    text: Ingen ska utsättas för våld.\nmeasures:\n  - id: s-atgard-1\n    kind: measure\n    text: Polisen utbildar.\n    goals: [s-mal-1]\n    responsible: [polismyndigheten]\n    partners: [region-dalarna]\n",
        "Målet: *Ingen ska utsättas\nför våld.*\n\n- Polisen utbildar.\n\nSe [målet](#s-mal-1).\n",
      ),
    });
    expect(findings(result)).toEqual([]);
    expect(result.corpus.goals.map((goal) => goal.id)).toEqual(["s-mal-1"]);
    expect(result.corpus.measures[0]!.origin).toEqual({ file: "documents/s/01-kap.md", line: 10, column: 5, document: "s", chapter: "s-kap" });
  });

  it("reports a reference to an item of the wrong type", async () => {
    const result = await validateTree({
      "actors.md": actorsFile,
      "documents/s/index.md": documentIndex("s"),
      "documents/s/01-kap.md": chapter("measures:\n  - id: s-atgard-1\n    kind: measure\n    text: Polisen utbildar.\n    goals: [polismyndigheten]\n", "Polisen utbildar.\n"),
    });
    expect(findings(result)).toEqual(["actors.md:7:5 actor-unreferenced", "documents/s/01-kap.md:9:13 reference-wrong-type"]);
    expect(renderFinding(result.files.flatMap((file) => file.messages).find((message) => message.ruleId === "reference-wrong-type")!, "sv")).toBe(
      '"polismyndigheten" är en aktör, men här krävs ett mål.',
    );
  });

  it("finds a cycle of parent goals once, at the edge that closes it", async () => {
    const goals = ["a", "b", "c"].map((id, index, all) => `  - id: s-${id}\n    level: mal\n    text: Mål ${id}.\n    parent: s-${all[(index + 1) % 3]}\n`).join("");
    const result = await validateTree({
      "documents/s/index.md": documentIndex("s"),
      "documents/s/01-kap.md": chapter(`goals:\n${goals}`, "Mål a. Mål b. Mål c.\n"),
    });
    expect(findings(result)).toEqual(["documents/s/01-kap.md:17:13 cycle"]);
    expect(renderFinding(result.files.flatMap((file) => file.messages)[0]!, "sv")).toContain("s-a → s-b → s-c → s-a");
  });

  it("finds a cycle of supersedes relations across documents", async () => {
    const relation = (to: string) => `relations:\n  - relation: supersedes\n    document: ${to}\n    basis: stated\n`;
    const result = await validateTree({
      "documents/a/index.md": documentIndex("a", relation("b")).replace("complete", "none"),
      "documents/b/index.md": documentIndex("b", relation("a")).replace("complete", "none"),
    });
    expect(findings(result)).toEqual(["documents/b/index.md:11:15 cycle"]);
  });

  it("survives a parent chain many thousand items long", async () => {
    const goals = Array.from({ length: 20_000 }, (_, i) => `  - {id: g-${i}, level: mal, text: x, parent: g-${(i + 1) % 20_000}}\n`).join("");
    const result = await validateTree({
      "documents/s/index.md": documentIndex("s"),
      "documents/s/01-kap.md": chapter(`goals:\n${goals}`, "x\n"),
    });
    expect(findings(result).filter((finding) => finding.endsWith("cycle"))).toHaveLength(1);
  });

  it("checks that periods end after they start, at the precision given (a bare year is a date)", async () => {
    const result = await validateTree({
      "documents/a/index.md": documentIndex("a", "validity:\n  from: 2020-06\n  to: 2020\n").replace("complete", "none"),
      "documents/b/index.md": documentIndex("b", "validity:\n  from: 2021-01-01\n  to: 2020-12\n").replace("complete", "none"),
    });
    expect(findings(result)).toEqual(["documents/b/index.md:11:7 date-order"]);
  });

  it("resolves links and footnotes in bodies", async () => {
    const result = await validateTree({
      "documents/s/index.md": documentIndex("s"),
      "documents/s/01-kap.md": chapter('footnotes:\n  - label: "2"\n    sources: [sol]\n', "Se [kapitlet](#s-kap) och [målet](#s-mal-9).[^1] Text[^3].\n\n[^1]: En fotnot.\n"),
      "sources.md": "---\ntype: sources\nsources:\n  - id: sol\n    kind: law\n    title: Socialtjänstlag\n---\n",
    });
    expect(findings(result)).toEqual(["documents/s/01-kap.md:6:12 footnote-unknown-label", "documents/s/01-kap.md:9:27 link-unresolved", "documents/s/01-kap.md:9:54 footnote-undefined"]);
  });

  it("refuses links that run code and warns about raw HTML, whose text the site would drop", async () => {
    const result = await validateTree({
      "documents/s/index.md": documentIndex("s"),
      "documents/s/01-kap.md": chapter(
        "",
        "Klicka [här](javascript:alert(1)) eller [där](JaVaScript:x) eller [bild](data:text/html;base64,PHNjcmlwdD4=).\n\n<div>Text som försvinner</div>\n\nEn [vanlig länk](https://example.org) och <b>fet</b>.\n",
      ),
    });
    expect(findings(result)).toEqual([
      "documents/s/01-kap.md:6:8 link-unsafe",
      "documents/s/01-kap.md:6:41 link-unsafe",
      "documents/s/01-kap.md:6:67 link-unsafe",
      "documents/s/01-kap.md:8:1 html-in-body",
      "documents/s/01-kap.md:10:43 html-in-body",
      "documents/s/01-kap.md:10:49 html-in-body",
    ]);
    const messages = result.files.flatMap((file) => file.messages.map((message) => renderFinding(message, "sv")));
    expect(messages[3]).toContain("<div>Text som försvinner</div>");
  });

  it("warns when an item's text does not stand in its chapter's body", async () => {
    const result = await validateTree({
      "documents/s/index.md": documentIndex("s"),
      "documents/s/01-kap.md": chapter("goals:\n  - id: s-mal-1\n    level: mal\n    text: Våldet ska upphöra i hela länet.\n", "Våldet ska upphöra.\n"),
    });
    expect(findings(result)).toEqual(["documents/s/01-kap.md:8:11 text-not-in-body"]);
    expect(result.warnings).toBe(1);
    expect(result.errors).toBe(0);
  });

  it("shows where the field and the body differ, word by word, in the nearest passage of the body", async () => {
    const body = "Inledningen handlar om annat. Länets parter ska utbilda personal om våld i nära relationer varje år. Sedan följer mer text.\n";
    const result = await validateTree({
      "documents/s/index.md": documentIndex("s"),
      "documents/s/01-kap.md": chapter("goals:\n  - id: s-mal-1\n    level: mal\n    text: Länets parter ska utbilda all vårdpersonal om våld i nära relationer varje år.\n", body),
    });
    const message = result.files.flatMap((file) => file.messages).find((candidate) => candidate.ruleId === "text-not-in-body")!;
    expect(renderFinding(message, "sv")).toBe(
      '"text" i "s-mal-1" ska citera källan ordagrant, men står inte så i brödtexten; ändra båda eller ingen. Närmast i brödtexten, med [-det som bara står där-] och {+det som bara står i fältet+}: "Länets parter ska utbilda [-personal-]{+all vårdpersonal+} om våld i nära relationer varje år."',
    );
    expect(renderFinding(message, "en")).toContain(
      'Nearest in the body, with [-what only it has-] and {+what only the field has+}: "Länets parter ska utbilda [-personal-]{+all vårdpersonal+} om våld',
    );
  });

  it("says so when nothing in the body is like the field", async () => {
    const result = await validateTree({
      "documents/s/index.md": documentIndex("s"),
      "documents/s/01-kap.md": chapter("goals:\n  - id: s-mal-1\n    level: mal\n    text: Ingen ska utsättas för våld.\n", "Helt annan text här.\n"),
    });
    const message = result.files.flatMap((file) => file.messages).find((candidate) => candidate.ruleId === "text-not-in-body")!;
    expect(renderFinding(message, "sv")).toMatch(/ Inget i brödtexten liknar fältet\.$/);
  });

  it("requires chapters to live in a document folder and documents to be index.md", async () => {
    const result = await validateTree({
      "documents/s/strategi.md": documentIndex("s"),
      "documents/s/01-kap.md": chapter("", "Text.\n"),
    });
    expect(findings(result)).toEqual(["documents/s/01-kap.md:2:7 chapter-without-document", "documents/s/strategi.md:2:7 document-not-index"]);
  });

  it("orders chapters by file name and numbers them", async () => {
    const result = await validateTree({
      "documents/s/index.md": documentIndex("s"),
      "documents/s/02-b.md": "---\ntype: chapter\nid: s-b\ntitle: B\n---\nB\n",
      "documents/s/01-a.md": "---\ntype: chapter\nid: s-a\ntitle: A\n---\nA\n",
      "documents/s/10-c.md": "---\ntype: chapter\nid: s-c\ntitle: C\n---\nC\n",
    });
    expect(result.corpus.documents[0]!.chapters.map((chapter) => [chapter.id, chapter.order])).toEqual([
      ["s-a", 1],
      ["s-b", 2],
      ["s-c", 3],
    ]);
  });
});

describe("bodies the site could not render", () => {
  it("refuses a body nested deeper than the limit, where the body starts, and keeps its ids", async () => {
    const deep = `${"> ".repeat(MAX_BODY_DEPTH + 20)}Djupt.\n`;
    const result = await validateTree({ "actors.md": actorsFile, "documents/s/index.md": documentIndex("s"), "documents/s/01-kap.md": chapter("", deep) });
    const found = result.files.flatMap((file) => file.messages.map((message) => [file.path, message.line, message.ruleId, renderFinding(message, "sv")]));
    expect(found).toContainEqual(["documents/s/01-kap.md", 6, "markdown-too-complex", expect.stringContaining(`nästlad i ${MAX_BODY_DEPTH + 22} nivåer; gränsen är ${MAX_BODY_DEPTH}`)]);
    expect(result.corpus.chapters).toEqual([]);
    // The chapter's id is still declared: a link to it is not a second error.
    expect(found.filter(([, , code]) => code === "duplicate-id" || code === "reference-unresolved")).toEqual([]);
  });

  it("accepts a body nested as deep as real documents go, and far beyond", async () => {
    const result = await validateTree({ "actors.md": actorsFile, "documents/s/index.md": documentIndex("s"), "documents/s/01-kap.md": chapter("", `${"> ".repeat(60)}Djupt.\n`) });
    expect(findings(result).filter((finding) => finding.includes("markdown-too-complex"))).toEqual([]);
    expect(result.corpus.chapters.map((item) => item.id)).toEqual(["s-kap"]);
  });
});

describe("findings do not cascade", () => {
  it("still knows the ids of a file whose YAML is broken", async () => {
    const result = await validateTree({
      "actors.md": "---\ntype: actors\nactors:\n  - id: polismyndigheten\n    name: Polismyndigheten\n    kind: statlig-myndighet\n    name: Polisen\n---\n",
      "documents/s/index.md": documentIndex("s", "parties:\n  - actor: polismyndigheten\n    roles: [party]\n").replace("complete", "none"),
    });
    expect(findings(result)).toEqual(["actors.md:7:5 yaml-duplicate-key"]);
  });

  it("reports a misnamed field as the root cause, not each reference to the ids it holds", async () => {
    const result = await validateTree({
      "actors.md": actorsFile,
      "documents/s/index.md": documentIndex("s"),
      "documents/s/01-mal.md": `---\ntype: chapter\nid: s-mal\ntitle: Mål\nmål:\n  - id: s-mal-1\n    level: mal\n    text: Ingen ska utsättas för våld.\n---\nIngen ska utsättas för våld.\n`,
      "documents/s/02-atgarder.md": chapter(
        "measures:\n  - id: s-atgard-1\n    kind: measure\n    text: Polisen utbildar.\n    goals: [s-mal-1]\n    responsible: [polismyndigheten]\n    partners: [region-dalarna]\n  - id: s-atgard-2\n    kind: measure\n    text: Regionen utbildar.\n    goals: [s-mal-2]\n    responsible: [region-dalarna]\n",
        "Polisen utbildar. Regionen utbildar.\n",
      ),
    });
    // The reference to s-mal-2, which nothing holds, is still an error of its own.
    expect(findings(result)).toEqual(["documents/s/01-mal.md:5:1 schema-unknown-field", "documents/s/01-mal.md:5:1 references-unchecked", "documents/s/02-atgarder.md:15:13 reference-unresolved"]);
    const messages = result.files.flatMap((file) => file.messages);
    expect(renderFinding(messages.find((message) => message.ruleId === "references-unchecked")!, "sv")).toBe(
      '1 hänvisning pekar på ett id som bara står under det okända fältet "mål" här. Den kontrolleras när fältet har rätt namn; rätta det först.',
    );
    expect(renderFinding(messages.find((message) => message.ruleId === "schema-unknown-field")!, "sv")).toContain('Menade du "goals"?');
  });
});

describe("templates for local documents", () => {
  const regional = {
    "documents/regional/index.md": documentIndex("regional").replace("kind: strategy", "kind: agreement"),
    "documents/regional/01-mall.md": `---
type: chapter
id: regional-mall
title: Föreslaget innehåll
templates:
  - id: lokal-mall
    title: Föreslaget innehåll i de lokala överenskommelserna
    documentKind: agreement
    sections:
      - id: lokal-mall-ledning
        title: LEDNING OCH ORGANISATION
        fields:
          - id: lokal-mall-ledning-organisation
            title: Beskrivning av samverkansorganisationen
            questions: [Vem leder arbetet?]
          - id: lokal-mall-ledning-rutiner
            title: Beskrivning av lokala rutiner
            required: false
---
Föreslaget innehåll i de lokala överenskommelserna: LEDNING OCH ORGANISATION. Beskrivning av samverkansorganisationen. Vem leder arbetet? Beskrivning av lokala rutiner.
`,
  };
  const local = (extra: string, fields: string) => ({
    "documents/lokal/index.md": documentIndex("lokal", `template: lokal-mall\n${extra}`).replace("kind: strategy", "kind: agreement"),
    "documents/lokal/01-ledning.md": `---\ntype: chapter\nid: lokal-ledning\ntitle: Ledning\ntemplateFields: [${fields}]\n---\nSocialchefen leder arbetet.\n`,
  });

  it("accepts a local agreement that answers every required field of its template", async () => {
    const result = await validateTree({ ...regional, ...local("", "lokal-mall-ledning-organisation") });
    expect(findings(result)).toEqual([]);
    expect(result.corpus.templates.map((template) => template.id)).toEqual(["lokal-mall"]);
  });

  it("warns about a required field no chapter answers", async () => {
    const result = await validateTree({ ...regional, ...local("", "lokal-mall-ledning-rutiner") });
    expect(findings(result)).toEqual(["documents/lokal/index.md:9:11 template-field-missing"]);
  });

  it("rejects a field of another template, and a reference that is not a template field", async () => {
    const result = await validateTree({
      ...regional,
      "documents/annan/index.md": documentIndex("annan").replace("complete", "complete"),
      "documents/annan/01-kap.md": "---\ntype: chapter\nid: annan-kap\ntitle: Kap\ntemplateFields: [lokal-mall-ledning-organisation, lokal-mall]\n---\nText.\n",
    });
    expect(findings(result)).toEqual(["documents/annan/01-kap.md:5:18 template-field-foreign", "documents/annan/01-kap.md:5:51 reference-wrong-type"]);
  });
});

describe("loose ends (warnings)", () => {
  const plan = (extra = "", measures = "") => ({
    "actors.md": actorsFile,
    "documents/p/index.md": documentIndex("p", extra).replace("kind: strategy", "kind: action-plan"),
    "documents/p/01-kap.md": `---\ntype: chapter\nid: p-kap\ntitle: K\ngoals:\n  - id: p-mal-1\n    level: mal\n    text: Mål ett.\n  - id: p-mal-2\n    level: mal\n    text: Mål två.\nmeasures:\n${measures}---\nMål ett. Mål två. Åtgärd.\n`,
  });

  it("points at an actor nothing names, a goal no measure serves and a plan's measure without a responsible actor", async () => {
    const result = await loadContent(["."], {
      cwd: contentTree(plan("parties:\n  - actor: polismyndigheten\n    roles: [party]\n", "  - id: p-atgard-1\n    kind: measure\n    text: Åtgärd.\n    goals: [p-mal-1]\n")),
      today: "2026-01-01",
    });
    expect(findings(result)).toEqual(["actors.md:7:5 actor-unreferenced", "documents/p/01-kap.md:9:5 goal-without-measure", "documents/p/01-kap.md:13:5 measure-without-responsible"]);
    expect(result.errors).toBe(0);
  });

  it("points at a document whose validity ended without a successor, judged on the day given", async () => {
    const files = {
      "documents/a/index.md": documentIndex("a", "validity:\n  from: 2010\n  to: 2014\n").replace("complete", "none"),
    };
    const before = await loadContent(["."], { cwd: contentTree(files), today: "2014-12-31" });
    const after = await loadContent(["."], { cwd: contentTree(files), today: "2015-01-01" });
    expect(findings(before)).toEqual([]);
    expect(findings(after)).toEqual(["documents/a/index.md:11:7 document-expired-not-superseded"]);
  });
});

describe("chapter order", () => {
  it("warns when chapter numbers have different widths, so that 10 would sort before 2", async () => {
    const result = await validateTree({
      "documents/s/index.md": documentIndex("s"),
      "documents/s/1-a.md": "---\ntype: chapter\nid: s-a\ntitle: A\n---\nA\n",
      "documents/s/10-b.md": "---\ntype: chapter\nid: s-b\ntitle: B\n---\nB\n",
    });
    expect(findings(result)).toEqual(["documents/s/1-a.md:2:7 chapter-order-ambiguous", "documents/s/10-b.md:2:7 chapter-order-ambiguous"]);
  });
});

describe("continues", () => {
  // a ← b ← c by supersedes and absorbs; d stands apart; items a-mal-1 …, each in its own document.
  const revision = (id: string, relations: string, items: string, body: string) => ({
    [`documents/${id}/index.md`]: documentIndex(id, relations ? `relations:\n${relations}` : ""),
    [`documents/${id}/01-kap.md`]: `---\ntype: chapter\nid: ${id}-kap\ntitle: Kapitel\n${items}---\n${body}\n`,
  });
  const goal = (id: string, text: string, continues?: string) => `  - id: ${id}\n    level: mal\n    text: ${text}\n${continues ? `    continues: ${continues}\n` : ""}`;
  const tree = (cContinues: string, extra: Record<string, string> = {}) => ({
    ...revision("a", "", `goals:\n${goal("a-mal-1", "Mål a.")}measures:\n  - id: a-atgard-1\n    kind: recommendation\n    text: Åtgärd a.\n    goals: [a-mal-1]\n`, "Mål a. Åtgärd a."),
    ...revision("b", "  - relation: supersedes\n    document: a\n    basis: stated\n", `goals:\n${goal("b-mal-1", "Mål b.", "a-mal-1")}`, "Mål b."),
    ...revision("c", "  - relation: absorbs\n    document: b\n    basis: stated\n", `goals:\n${goal("c-mal-1", "Mål c.", cContinues)}`, "Mål c."),
    ...revision("d", "", `goals:\n${goal("d-mal-1", "Mål d.")}`, "Mål d."),
    ...extra,
  });

  it("accepts an item that continues one of an earlier revision, directly or through several", async () => {
    expect(findings(await validateTree(tree("b-mal-1")))).toEqual([]);
    const result = await validateTree(tree("a-mal-1"));
    expect(findings(result)).toEqual([]);
    // The relation runs both ways in the graph: the earlier goal knows where it is continued.
    expect(
      result.graph
        .incoming("a-mal-1")
        .filter((relation) => relation.field === "continues")
        .map((relation) => relation.from),
    ).toEqual(["b-mal-1", "c-mal-1"]);
  });

  it("refuses an item that continues one of a document outside its lineage, later, or its own", async () => {
    const unrelated = await validateTree(tree("d-mal-1"));
    expect(findings(unrelated)).toEqual(["documents/c/01-kap.md:9:16 continues-outside-lineage"]);
    const message = unrelated.files.flatMap((file) => file.messages).find((candidate) => candidate.ruleId === "continues-outside-lineage")!;
    expect(renderFinding(message, "sv")).toBe(
      'Målet "c-mal-1" fortsätter "d-mal-1" i dokumentet "d", men det är inget tidigare dokument i linjen för "c". continues får bara peka ut en post i ett dokument som "c" ersätter eller har arbetat in, direkt eller i flera led (relations: supersedes eller absorbs).',
    );
    expect(renderFinding(message, "en")).toBe(
      'The goal "c-mal-1" continues "d-mal-1" in the document "d", which is no earlier document in the lineage of "c". continues may only name an item of a document that "c" supersedes or absorbs, directly or through others (relations: supersedes or absorbs).',
    );
    expect((message as unknown as { dataPath: unknown }).dataPath).toEqual(["goals", 0, "continues"]);
    // The later revision is no earlier document; nor is the item's own document.
    const backwards = tree(
      "b-mal-1",
      revision("a", "", `goals:\n${goal("a-mal-1", "Mål a.", "c-mal-1")}  - id: a-mal-2\n    level: mal\n    text: Mål två.\n    continues: a-mal-1\n`, "Mål a. Mål två."),
    );
    expect(findings(await validateTree(backwards))).toEqual(["documents/a/01-kap.md:9:16 continues-outside-lineage", "documents/a/01-kap.md:13:16 continues-outside-lineage"]);
  });

  it("refuses a measure that continues a goal: an item continues one of its own type", async () => {
    const result = await validateTree(
      tree(
        "b-mal-1",
        revision(
          "b",
          "  - relation: supersedes\n    document: a\n    basis: stated\n",
          `goals:\n${goal("b-mal-1", "Mål b.", "a-mal-1")}measures:\n  - id: b-atgard-1\n    kind: recommendation\n    text: Åtgärd b.\n    goals: [b-mal-1]\n    continues: a-mal-1\n`,
          "Mål b. Åtgärd b.",
        ),
      ),
    );
    expect(findings(result)).toEqual(["documents/b/01-kap.md:15:16 reference-wrong-type"]);
  });
});
