// @styrdok/pages on small content trees: what each page shows, safe HTML from hostile bodies,
// anchors for every item, charts, titles, compounds and search records.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ExportIndicator, loadContent, MAX_BODY_DEPTH } from "@styrdok/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  actorView,
  buildSite,
  chartOf,
  counted,
  countyView,
  documentView,
  downloads,
  goalView,
  measureView,
  pageTitle,
  renderChapter,
  type Site,
  searchIndexInput,
  searchRecords,
  withoutCompoundParts,
} from "../src/index.ts";
import { queryWords } from "../src/search-query.ts";

const fixture = new URL("../../../test/fixtures/graph/", import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), "styrdok-pages-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The graph fixture plus one hostile chapter, built on a fixed day. */
async function siteWith(chapter: string): Promise<Site> {
  const folder = mkdtempSync(join(scratch, "content-"));
  cpSync(fixture, folder, { recursive: true });
  writeFileSync(join(folder, "documents/dalarna-plan/02-fritt.md"), chapter);
  return buildSite(folder, { cwd: folder, today: "2024-06-01" });
}

const hostile = `---
type: chapter
id: dalarna-plan-fritt
title: Fritt
definitions:
  - id: dalarna-plan-begrepp-vald
    kind: term
    term: Våld
    text: Våld är varje handling riktad mot en annan person.
---
Text med <script>alert("skript")</script> och <img src="x" onerror="alert(1)"> i.

Klicka eller [länk till målet](#dalarna-plan-mal-1).

Våld är varje handling riktad mot en annan person.[^7]

[^7]: En fotnot.
`;

let site: Site;
beforeAll(async () => {
  site = await siteWith(hostile);
});

describe("renderChapter", () => {
  it("never lets raw HTML or event handlers through", () => {
    const chapter = site.graph.getOf("chapter", "dalarna-plan-fritt")!.item;
    const html = renderChapter(chapter, site.graph);
    expect(html).not.toMatch(/<script|onerror|<img/i);
    // A link to an item goes to the item's page.
    expect(html).toContain('<a href="/mal/dalarna-plan-mal-1/">länk till målet</a>');
  });

  it("never lets a javascript: or data: link through, nor breaks on a malformed one, even in content the validator refuses", async () => {
    const folder = mkdtempSync(join(scratch, "refused-"));
    cpSync(fixture, folder, { recursive: true });
    writeFileSync(
      join(folder, "documents/dalarna-plan/02-fritt.md"),
      "---\ntype: chapter\nid: dalarna-plan-fritt\ntitle: Fritt\n---\n[Klicka](javascript:alert(1)) och [bild](data:text/html;base64,PHNjcmlwdD4=) och [Java](JaVaScRiPt:alert(2)) och [trasig](#%E0%A4%A).\n",
    );
    await expect(buildSite(folder, { cwd: folder })).rejects.toThrow(/^Innehållet har 4 fel, så webbplatsen byggs inte\./);
    const result = await loadContent(["."], { cwd: folder });
    const chapter = result.graph.getOf("chapter", "dalarna-plan-fritt")!.item;
    const html = renderChapter(chapter, result.graph);
    expect(html).not.toMatch(/javascript:|data:/i);
    expect(html).toContain("Klicka");
    expect(html).toContain('<a href="#%E0%A4%25A">trasig</a>');
  });

  it("lets no URL trick through: entity-encoded, split by tabs or newlines, vbscript:, references, autolinks, images", async () => {
    const body = [
      "[entitet](jav&#x61;script:alert(1)) [decimal](&#106;avascript:alert(2)) [tabb](java&#9;script:alert(3)) [rad](java&#10;script:alert(4))",
      "[vb](vbscript:msgbox(1)) [mellanslag]( javascript:alert(5)) [referens][ref] <javascript:alert(6)> <data:text/html,x>",
      '![bild](https://evil.example/bild.png) ![ref-bild][ref] ![titel](/favicon.svg "x\\" onerror=\\"alert(7)")',
      "",
      "[ref]: javascript:alert(8)",
    ].join("\n");
    const folder = mkdtempSync(join(scratch, "tricks-"));
    cpSync(fixture, folder, { recursive: true });
    writeFileSync(join(folder, "documents/dalarna-plan/02-fritt.md"), `---\ntype: chapter\nid: dalarna-plan-fritt\ntitle: Fritt\n---\n${body}\n`);
    const result = await loadContent(["."], { cwd: folder });
    // The validator refuses each unsafe address (nine: six links, the reference's definition, two autolinks)…
    const refused = result.files.flatMap((file) => file.messages).filter((message) => message.ruleId === "link-unsafe");
    expect(refused).toHaveLength(9);
    // …and were they published anyway, none would be a working address: an autolink shows as its text.
    const html = renderChapter(result.graph.getOf("chapter", "dalarna-plan-fritt")!.item, result.graph);
    expect(html).not.toMatch(/(?:href|src)="[^"]*(?:script|data:)|onerror|<img|evil\.example/i);
    // What a reader needs of them stays: each link's words, each image's description.
    for (const words of ["entitet", "decimal", "tabb", "rad", "vb", "mellanslag", "referens", "bild", "ref-bild", "titel"]) expect(html).toContain(words);
  });

  it("renders a table's empty corner as a plain cell, not as a header that heads nothing", async () => {
    const table = await siteWith("---\ntype: chapter\nid: dalarna-plan-fritt\ntitle: Fritt\n---\n|  | 2020 | 2021 |\n|---|---|---|\n| Kommuner | 3 | 5 |\n");
    const html = renderChapter(table.graph.getOf("chapter", "dalarna-plan-fritt")!.item, table.graph);
    expect(html).toMatch(/<thead>\s*<tr>\s*<td><\/td>\s*<th scope="col">2020<\/th>\s*<th scope="col">2021<\/th>/);
  });

  it("renders a body nested as deep as the validator allows", async () => {
    const depth = MAX_BODY_DEPTH - 2;
    const deep = await siteWith(`---\ntype: chapter\nid: dalarna-plan-fritt\ntitle: Fritt\n---\n${"> ".repeat(depth)}Längst in.\n`);
    const html = renderChapter(deep.graph.getOf("chapter", "dalarna-plan-fritt")!.item, deep.graph);
    expect(html.split("<blockquote>").length - 1).toBe(depth);
    expect(html).toContain("Längst in.");
  });

  it("shows the source's footnote numbers, not a count from 1 in each chapter", () => {
    const html = documentView(site, "dalarna-plan").chapters.find((chapter) => chapter.id === "dalarna-plan-fritt")!.html;
    expect(html).toMatch(/<a href="#dalarna-plan-fritt-fn-7"[^>]*>7<\/a>/);
    expect(html).toContain('<li id="dalarna-plan-fritt-fn-7" value="7">');
  });

  it("gives each chapter's footnotes ids of its own, and every item an anchor", () => {
    const view = documentView(site, "dalarna-plan");
    const html = view.chapters.map((chapter) => chapter.html).join("\n");
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("dalarna-plan-fritt-footnote-label");
    expect(html).toContain('aria-describedby="dalarna-plan-fritt-footnote-label"');
    for (const id of ["dalarna-plan-mal-1", "dalarna-plan-delmal-1-1", "dalarna-plan-atgard-1", "dalarna-plan-ansvar-polis-1", "dalarna-plan-begrepp-vald"]) expect(ids, id).toContain(id);
  });

  it("keeps a footnote's own id when an item's text stands in it", async () => {
    const inFootnote = await siteWith(
      hostile.replace("Våld är varje handling riktad mot en annan person.[^7]", "Se fotnoten.[^1]").replace("[^7]: En fotnot.", "[^1]: Våld är varje handling riktad mot en annan person."),
    );
    const html = documentView(inFootnote, "dalarna-plan").chapters.find((chapter) => chapter.id === "dalarna-plan-fritt")!.html;
    expect(html).toMatch(/<li id="dalarna-plan-fritt-fn-1" value="1">/);
    expect(html).toContain('<span id="dalarna-plan-begrepp-vald" class="anchor">');
  });

  it("links a goal to its page and a responsibility to its actor beside the text", () => {
    const html = documentView(site, "dalarna-plan").chapters.find((chapter) => chapter.id === "dalarna-plan-mal")!.html;
    expect(html).toMatch(/href="\/mal\/dalarna-plan-mal-1\/"[^>]*>mål<\/a>/);
    expect(html).toContain('<a class="item-link item-responsibility" href="/aktor/polismyndigheten/">Ansvar · Polismyndigheten</a>');
    expect(html).toMatch(/<li id="dalarna-plan-atgard-1" class="item item-measure">/);
  });
});

describe("page models", () => {
  it("a document shows its lineage, parties and counts", () => {
    const view = documentView(site, "dalarna-plan");
    expect(view.lineage.map((relation) => `${relation.label} ${relation.document.id}`)).toEqual(["ersätter dalarna-gammal"]);
    expect(view.parties.map((party) => party.actor.label)).toEqual(["Polismyndigheten", "Region Dalarna"]);
    expect(view.counts).toBe("2 mål, 1 åtgärd, 1 ansvar, 1 definition");
    expect(view.summary.validity).toBe("in-force");
  });

  it("a goal shows its children, measures and national goals; a measure inherits them through its goal", () => {
    const goal = goalView(site, "dalarna-plan-mal-1");
    expect(goal.children.map((child) => child.id)).toEqual(["dalarna-plan-delmal-1-1"]);
    expect(goal.frameworks.map((link) => link.goal.id)).toEqual(["nationell-2"]);
    const child = goalView(site, "dalarna-plan-delmal-1-1");
    expect(child.parents.map((parent) => parent.id)).toEqual(["dalarna-plan-mal-1"]);
    expect(child.frameworks[0]?.via?.id).toBe("dalarna-plan-mal-1");
    const measure = measureView(site, "dalarna-plan-atgard-1");
    expect(measure.responsible.map((actor) => actor.id)).toEqual(["undertecknarna"]);
    expect(measure.frameworks.map((link) => link.goal.id)).toEqual(["nationell-2"]);
  });

  it("an actor's page groups what it must do by county and document, through its groups too", () => {
    const view = actorView(site, "polismyndigheten");
    expect(view.counties.map((county) => county.name)).toEqual(expect.arrayContaining(["Dalarnas län"]));
    const dalarna = view.counties.find((county) => county.county === "dalarna")!;
    const labels = dalarna.documents.flatMap((document) => document.groups.map((group) => group.label));
    expect(labels).toEqual(expect.arrayContaining(["Ansvar", "Åtgärder som aktören ansvarar för"]));
    const measure = dalarna.documents.flatMap((document) => document.groups.flatMap((group) => group.items)).find((item) => item.id === "dalarna-plan-atgard-1");
    expect(measure?.via).toMatch(/^genom gruppen/);
  });

  it("a county's timeline places each document on the axis", () => {
    const view = countyView(site, "dalarna");
    const plan = view.timeline.rows.find((row) => row.document.id === "dalarna-plan")!;
    expect(plan.offset + plan.length).toBeLessThanOrEqual(view.timeline.span);
    expect(plan.length).toBe(11);
  });
});

describe("status over time", () => {
  const lineage = new URL("../../../test/fixtures/lineage/", import.meta.url).pathname;
  const on = (today: string) => buildSite(lineage, { cwd: lineage, today });

  it("a document's status is derived from its dates and its successor, on the build day and over time", async () => {
    const site2019 = await on("2019-06-01");
    expect(documentView(site2019, "lan-strategi-2016").summary).toMatchObject({ status: "Gällande", validity: "in-force", supersededBy: [] });
    const site2021 = await on("2021-06-01");
    const summary = documentView(site2021, "lan-strategi-2016").summary;
    expect(summary).toMatchObject({ status: "Ersatt", validity: "superseded" });
    expect(summary.supersededBy.map((link) => link.id)).toEqual(["lan-strategi-2020"]);
    expect(summary.periods.map((period) => [period.label, period.span, period.supersededBy.map((link) => link.id)])).toEqual([
      ["Gällande", "2016–2019", []],
      ["Ersatt", "från 2020", ["lan-strategi-2020"]],
    ]);
  });

  it("a county shows what was in force on the build day and at each year's start, and each document's status on the timeline", async () => {
    const view = countyView(await on("2019-06-01"), "stockholm");
    expect(view.inForce.summary).toBe("Gällande den 1 juni 2019: 1 av länets 2 dokument.");
    expect(view.inForce.documents.map((entry) => [entry.document.id, entry.spans, entry.inForce])).toEqual([
      ["lan-strategi-2016", "2016-01-01/2019-12-31", true],
      ["lan-strategi-2020", "2020-01-01/2026-12-31", false],
    ]);
    expect(view.inForce.yearStarts.map((entry) => [entry.year, entry.documents.map((link) => link.id)])).toEqual([
      [2016, ["lan-strategi-2016"]],
      [2017, ["lan-strategi-2016"]],
      [2018, ["lan-strategi-2016"]],
      [2019, ["lan-strategi-2016"]],
      [2020, ["lan-strategi-2020"]],
      [2021, ["lan-strategi-2020"]],
      [2022, ["lan-strategi-2020"]],
      [2023, ["lan-strategi-2020"]],
      [2024, ["lan-strategi-2020"]],
      [2025, ["lan-strategi-2020"]],
      [2026, ["lan-strategi-2020"]],
    ]);
    const older = view.timeline.rows.find((row) => row.document.id === "lan-strategi-2016")!;
    expect(older.statusText).toBe("gällande 2016–2019, ersatt från 2020");
    // Bars in days from 1 January 2016, to 31 December 2026: four years in force, then replaced to the axis's end.
    expect(older.segments).toEqual([
      { status: "in-force", x: 0, width: 1461 },
      { status: "superseded", x: 1461, width: view.timeline.days - 1461 },
    ]);
    expect(view.timeline.legend.map((entry) => entry.label)).toEqual(["Gällande", "Ersatt"]);
  });

  it("a goal and a measure show the item they continue, and where they are continued, with its document", async () => {
    const site = await on("2024-01-01");
    expect(goalView(site, "lan-strategi-2020-mal-1").continues).toEqual([
      expect.objectContaining({ id: "lan-strategi-2016-mal-1", via: "i Länets strategi 2016–2019", url: "/mal/lan-strategi-2016-mal-1/" }),
    ]);
    expect(goalView(site, "lan-strategi-2016-mal-1").continuedIn.map((link) => link.id)).toEqual(["lan-strategi-2020-mal-1"]);
    expect(measureView(site, "lan-strategi-2016-atgard-1").continuedIn).toEqual([expect.objectContaining({ id: "lan-strategi-2020-atgard-1", via: "i Länets strategi 2020–2026" })]);
    expect(measureView(site, "lan-strategi-2016-atgard-1").continues).toEqual([]);
  });
});

describe("page frame", () => {
  it("keeps titles within 70 characters, cut at a word", () => {
    expect(pageTitle("Aktörer")).toBe("Aktörer – styrdok");
    // An apostrophe is written as &#39;, and html-validate counts what is written.
    const quoted = pageTitle("Ändring 2026-11-22: Seed 003: record 'behanfling' as a source error, drop an invented currency");
    expect(quoted.replaceAll("'", "&#39;").length).toBeLessThanOrEqual(70);
    expect(quoted).toBe("Ändring 2026-11-22: Seed 003: record 'behanfling'… – styrdok");
    const long = pageTitle("Myndigheter och aktörer använder metoder och insatser som vilar på evidens och/eller på beprövad erfarenhet.");
    expect(long.length).toBeLessThanOrEqual(70);
    expect(long).toMatch(/^Myndigheter och aktörer använder metoder och insatser som…\s– styrdok$/);
  });

  it("says 1 åtgärd and 2 åtgärder", () => {
    expect(counted(1, "åtgärd", "åtgärder")).toBe("1 åtgärd");
    expect(counted(2, "åtgärd", "åtgärder")).toBe("2 åtgärder");
    expect(counted(1200, "post", "poster")).toBe("1\u00a0200 poster");
  });
});

describe("charts", () => {
  const indicator = (observations: Array<Partial<ExportIndicator["observations"][number]>>) => ({ id: "i", text: "Andel kommuner med rutiner", observations }) as unknown as ExportIndicator;

  it("draw numbers as bars, vague values hatched and labelled in the source's words", () => {
    const chart = chartOf(
      indicator([
        { value: 80, unit: "percent", period: { from: "2019", to: "2019" }, text: "80 procent" },
        { value: 50, unit: "percent", period: { from: "2020", to: "2020" }, qualifier: { kind: "approximately", text: "cirka" }, text: "cirka hälften" },
      ]),
    )!;
    expect(chart.svg).toContain('role="img"');
    expect(chart.svg.match(/class="chart-bar chart-bar-vague"/g)).toHaveLength(1);
    expect(chart.svg).toContain(">cirka 50 %<");
    expect(chart.description).toBe("2019: 80 %; 2020: cirka 50 %");
  });

  it("are not drawn when the units differ or nothing is a number", () => {
    expect(
      chartOf(
        indicator([
          { value: 1, unit: "percent", text: "a" },
          { value: 2, unit: "count", text: "b" },
        ]),
      ),
    ).toBeUndefined();
    expect(chartOf(indicator([{ text: "majoriteten", qualifier: { kind: "majority", text: "majoriteten" } }]))).toBeUndefined();
  });
});

describe("search excerpts", () => {
  it("never show the compound parts added for the index, and keep the text's own words", () => {
    expect(withoutCompoundParts("Arbetet för <mark>kvinnofrid</mark> i hela länet ska stärkas under perioden och följas upp. Orddelar: kvinna frid", "x")).toBe(
      "Arbetet för <mark>kvinnofrid</mark> i hela länet ska stärkas under perioden och följas upp. …",
    );
    // Too little text before the parts: the opening of the record instead, as text, never as markup.
    expect(withoutCompoundParts("<mark>frid</mark>. Orddelar: kvinna <mark>frid</mark>", "Kvinnofrid <b>nu</b>.\n\nOrddelar: kvinna frid")).toBe("Kvinnofrid &lt;b&gt;nu&lt;/b&gt;. …");
    expect(withoutCompoundParts("Inga delar här", "Inga delar här")).toBe("Inga delar här");
  });
});

describe("search records", () => {
  it("give every goal, measure and responsibility its own hit, with the filters readers narrow by", () => {
    const records = searchRecords(site);
    const goal = records.find((record) => record.url === "/mal/dalarna-plan-mal-1/")!;
    // The kind is a field of its own: the search page groups by it, and filters by it ("Typ").
    expect(goal.meta).toMatchObject({ title: "Våldsutsatta får skydd, stöd och hjälp.", kind: "goal", county: "Dalarnas län" });
    expect(goal.meta.document).toBeTruthy();
    expect(goal.filters).toMatchObject({ Län: ["Dalarnas län"], Dokumentslag: ["Handlingsplan"], Giltighet: ["Gällande"], Typ: ["Mål"] });
    expect(goal.content).toContain("Orddelar:");
    expect(goal.content).toMatch(/\butsatta\b/);
    const responsibility = records.find((record) => record.url === "/dokument/dalarna-plan/#dalarna-plan-ansvar-polis-1")!;
    expect(responsibility.filters.Aktör).toEqual(["Polismyndigheten"]);
    // A group stands for its members.
    const measure = records.find((record) => record.url === "/atgard/dalarna-plan-atgard-1/")!;
    expect(measure.filters.Aktör).toEqual(expect.arrayContaining(["Polismyndigheten", "Region Dalarna", "Region Stockholm"]));
    const chapters = records.filter((record) => record.url.startsWith("/dokument/dalarna-plan/#"));
    expect(chapters.map((record) => record.url)).toEqual(expect.arrayContaining(["/dokument/dalarna-plan/#dalarna-plan-mal", "/dokument/dalarna-plan/#dalarna-plan-fritt"]));
  });

  it("name every actor, source and term by each of its names, the organisation before the term", () => {
    const { records, named } = searchIndexInput(site);
    const police = named.find((item) => item.url === "/aktor/polismyndigheten/")!;
    expect(police).toMatchObject({ kind: "actor", title: "Polismyndigheten" });
    expect(police.names).toContain("Polismyndigheten");
    // Every named item is a record of the index, under the same address.
    const urls = new Set(records.map((record) => record.url));
    for (const item of named) expect(urls.has(item.url), item.url).toBe(true);
    const kinds = named.map((item) => item.kind);
    expect(kinds.lastIndexOf("actor")).toBeLessThan(kinds.indexOf("definition") === -1 ? kinds.length : kinds.indexOf("definition"));
  });

  it("give the index's vocabulary, most frequent word first, without the label of the added parts", () => {
    const { vocabulary, records } = searchIndexInput(site);
    const count = (word: string) => records.reduce((sum, record) => sum + queryWords(record.content).filter((each) => each === word).length, 0);
    expect(vocabulary.length).toBeGreaterThan(50);
    expect(new Set(vocabulary).size).toBe(vocabulary.length);
    expect(count(vocabulary[0]!)).toBeGreaterThanOrEqual(count(vocabulary[40]!));
    expect(vocabulary).toContain("våldsutsatta");
    expect(vocabulary).not.toContain("orddelar");
  });
});

describe("downloads", () => {
  it("are the export, one file per CSV table with a description, and every schema", () => {
    const files = downloads(site);
    expect(JSON.parse(files.json.body).documents.map((document: { id: string }) => document.id)).toContain("dalarna-plan");
    expect(files.csv.map((file) => file.url)).toContain("/data/csv/measure-actor.csv");
    expect(files.csv.every((file) => file.description !== "")).toBe(true);
    expect(files.schemas.map((file) => file.name)).toContain("export.schema.json");
  });
});
