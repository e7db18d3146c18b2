// The site publishes no imported draft and no unconfirmed proposal (test/fixtures/imported): no
// page, no search record, no download row, no link to either, and its history shows a draft when
// it is made public and a proposal when it is confirmed.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, changesFeed, changeView, documentView, downloads, goalView, homeView, measureView, pageParams, type Site, searchIndexInput } from "../src/index.ts";

const fixture = new URL("../../../test/fixtures/imported/", import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), "styrdok-published-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The draft and what it holds, and the proposals left in the reviewed document. */
const unpublished = [
  "dalarna-plan-utkast",
  "dalarna-plan-utkast-atgarder",
  "dalarna-plan-utkast-mal-1",
  "dalarna-plan-utkast-atgard-1",
  "dalarna-plan-utkast-ansvar-1",
  "dalarna-strategi-mal-2",
  "dalarna-strategi-atgard-2",
  "dalarna-strategi-ansvar-1",
];
/** Words only the draft has: its title and its items' texts. */
const draftWords = ["Handlingsplan mot våld i nära relationer", "Polisen inför ett larmpaket", "Polisen bör samverka med regionen"];

let site: Site;
beforeAll(async () => {
  const folder = mkdtempSync(join(scratch, "content-"));
  cpSync(fixture, folder, { recursive: true });
  site = await buildSite(folder, { cwd: folder, today: "2026-01-01" });
});

describe("a site with an imported draft and proposals", () => {
  it("builds, with pages for what is reviewed and confirmed only", () => {
    expect(pageParams(site, "document").map((page) => page.params.id)).toEqual(["dalarna-strategi"]);
    expect(pageParams(site, "goal").map((page) => page.params.id)).toEqual(["dalarna-strategi-mal-1", "dalarna-strategi-mal-3"]);
    expect(pageParams(site, "measure").map((page) => page.params.id)).toEqual(["dalarna-strategi-atgard-1"]);
    expect(homeView(site).inForce.map((document) => document.id)).toEqual(["dalarna-strategi"]);
    // What core read still holds everything, with its warnings.
    expect(site.content.warnings).toBe(7);
    expect(site.content.graph.get("dalarna-plan-utkast")).toBeDefined();
  });

  it("shows the reviewed document's text, with no anchor, badge or link for a proposal and no lineage to the draft", () => {
    const view = documentView(site, "dalarna-strategi");
    expect(view.lineage).toEqual([]);
    const html = view.chapters.map((chapter) => chapter.html).join("\n");
    // The source's words stay: a proposal not confirmed is still text of the document.
    expect(html).toContain("Regionen öppnar en mottagning.");
    expect(html).toContain("Se mottagningen och");
    expect(html).toContain('<a href="/mal/dalarna-strategi-mal-1/">målet</a>');
    for (const id of unpublished) expect(html, id).not.toContain(id);
    expect(view.counts).toBe("2 mål, 1 åtgärd");
  });

  it("links a confirmed item only to what is published", () => {
    expect(measureView(site, "dalarna-strategi-atgard-1").goals.map((goal) => goal.id)).toEqual(["dalarna-strategi-mal-1", "dalarna-strategi-mal-3"]);
    expect(goalView(site, "dalarna-strategi-mal-3").parents).toEqual([]);
    expect(goalView(site, "dalarna-strategi-mal-1").children.map((child) => child.id)).toEqual([]);
  });

  it("gives search no record of the draft or a proposal", () => {
    const { records, named } = searchIndexInput(site);
    const text = JSON.stringify({ records, named });
    for (const id of unpublished) expect(text, id).not.toContain(`${id}/`);
    for (const words of draftWords) expect(text, words).not.toContain(words);
    expect(records.map((record) => record.url)).toContain("/mal/dalarna-strategi-mal-1/");
  });

  it("leaves the draft and the proposals out of every download", () => {
    const files = downloads(site);
    for (const file of [files.json, ...files.csv]) for (const words of draftWords) expect(file.body, `${file.name} ${words}`).not.toContain(words);
    for (const file of files.csv) for (const id of unpublished) expect(file.body, `${file.name} ${id}`).not.toContain(id);
    const data = JSON.parse(files.json.body);
    // A chapter's body is its Markdown as written: a link in it to a proposal stays in its text, and is its only trace.
    const { chapters, ...rest } = data;
    for (const id of unpublished) expect(JSON.stringify(rest), id).not.toContain(id);
    expect(chapters.map((chapter: { id: string }) => chapter.id)).toEqual(["dalarna-strategi-mal"]);
    expect(JSON.stringify(chapters).match(/dalarna-strategi-atgard-2/g)).toEqual(["dalarna-strategi-atgard-2"]);
    expect(data.documents.map((document: { id: string }) => document.id)).toEqual(["dalarna-strategi"]);
    expect(data.measures.map((measure: { id: string; goals: string[] }) => [measure.id, measure.goals])).toEqual([["dalarna-strategi-atgard-1", ["dalarna-strategi-mal-1", "dalarna-strategi-mal-3"]]]);
  });
});

describe("the history of a draft", () => {
  let history: Site;
  const subjects = { imported: "Handlingsplanen importeras", published: "Handlingsplanen granskad", confirmed: "Åtgärden bekräftad", another: "Ännu ett utkast" };

  beforeAll(async () => {
    const folder = mkdtempSync(join(scratch, "repo-"));
    cpSync(fixture, join(folder, "content"), { recursive: true });
    const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=Redaktör", "-c", "user.email=r@example.org", "-c", "commit.gpgsign=false", ...args], { cwd: folder, stdio: "pipe" });
    const edit = (file: string, from: string, to: string) => {
      const path = join(folder, "content", file);
      const text = readFileSync(path, "utf8");
      if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
      writeFileSync(path, text.replace(from, to));
    };
    const commit = (message: string) => {
      git("add", "-A");
      git("commit", "-q", "-m", message);
    };
    git("init", "-q", "-b", "main");
    commit(subjects.imported);
    edit("documents/dalarna-plan-utkast/index.md", "draft: true\n", "");
    commit(subjects.published);
    edit("documents/dalarna-strategi/01-mal.md", "    goals: [dalarna-strategi-mal-2]\n    proposed: true\n", "    goals: [dalarna-strategi-mal-2]\n");
    commit(subjects.confirmed);
    cpSync(join(folder, "content/documents/dalarna-plan-utkast"), join(folder, "content/documents/dalarna-rapport-utkast"), { recursive: true });
    edit("documents/dalarna-rapport-utkast/index.md", "id: dalarna-plan-utkast\n", "id: dalarna-rapport-utkast\ndraft: true\n");
    const chapter = join(folder, "content/documents/dalarna-rapport-utkast/01-atgarder.md");
    writeFileSync(chapter, readFileSync(chapter, "utf8").replaceAll("dalarna-plan-utkast", "dalarna-rapport-utkast"));
    commit(subjects.another);
    history = await buildSite("content", { cwd: folder, today: "2026-01-01" });
  });

  const change = (subject: string) => history.history.changes.find((candidate) => candidate.subject === subject)!;

  it("shows no item of a draft while it is one, and the document once it is made public", () => {
    const imported = change(subjects.imported);
    expect(imported.documents.map((document) => document.id)).toEqual(["dalarna-strategi"]);
    expect(imported.diff.changes.map((item) => item.id)).not.toContain("dalarna-plan-utkast");
    for (const id of unpublished) expect(JSON.stringify(imported.diff), id).not.toContain(`"${id}"`);
    const published = change(subjects.published);
    expect(published.documents.map((document) => document.id)).toEqual(["dalarna-plan-utkast"]);
    expect(published.diff.changes.filter((item) => item.kind === "added").map((item) => item.id)).toEqual(["dalarna-plan-utkast", "dalarna-plan-utkast-atgarder"]);
  });

  it("shows a confirmed proposal as an item added", () => {
    const confirmed = change(subjects.confirmed);
    expect(confirmed.diff.changes.map((item) => [item.kind, item.id])).toEqual([["added", "dalarna-strategi-atgard-2"]]);
    expect(changeView(history, confirmed.short)!.groups.flatMap((group) => [...group.items, ...group.added].map((item) => item.url))).toEqual(["/atgard/dalarna-strategi-atgard-2/"]);
  });

  it("lists a commit that only adds a draft with nothing to link to", () => {
    const another = change(subjects.another);
    expect(another.documents).toEqual([]);
    expect(another.diff.changes).toEqual([]);
    expect(JSON.stringify(changeView(history, another.short))).not.toContain("dalarna-rapport-utkast");
    expect(changesFeed(history)).not.toContain("dalarna-rapport-utkast");
  });
});
