// The content's history as the site shows it, from temporary repositories with real commits: a
// measure reworded, an actor removed from a measure, a commit whose content does not validate, a
// document added; the list cut at its limit; a folder without git, a clone without its older
// history, and a machine without git, each of which still builds and says so.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, changeList, changesFeed, changeView, documentChanges, homeView, type Site } from "../src/index.ts";

const fixture = new URL("../../../test/fixtures/graph/", import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), "styrdok-history-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A repository with the graph fixture as content/, and a way to commit to it on a given day. */
function repository(): { folder: string; edit: (file: string, from: string, to: string) => void; commit: (message: string, day: string) => void } {
  const folder = mkdtempSync(join(scratch, "repo-"));
  cpSync(fixture, join(folder, "content"), { recursive: true });
  const git = (args: string[], env: Record<string, string> = {}) =>
    execFileSync("git", ["-c", "user.name=Redaktör Ett", "-c", "user.email=r@example.org", "-c", "commit.gpgsign=false", ...args], { cwd: folder, stdio: "pipe", env: { ...process.env, ...env } });
  git(["init", "-q", "-b", "main"]);
  return {
    folder,
    edit: (file, from, to) => {
      const path = join(folder, "content", file);
      const text = readFileSync(path, "utf8");
      if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
      writeFileSync(path, text.replaceAll(from, to));
    },
    commit: (message, day) => {
      git(["add", "-A"]);
      git(["commit", "-q", "-m", message], { GIT_AUTHOR_DATE: `${day}T12:00:00+01:00`, GIT_COMMITTER_DATE: `${day}T12:00:00+01:00` });
    },
  };
}

const measure = "documents/dalarna-plan/01-mal.md";
const newDocument = `---
type: document
id: dalarna-ny
kind: strategy
title: Dalarnas nya strategi
counties: [dalarna]
status: in-force
textAvailability: none
textNote: Texten är inte inlagd.
---
`;

/** Six content commits and one outside content, oldest first. */
function history(): string {
  const repo = repository();
  repo.commit("Dokumenten läggs in", "2024-01-02");
  repo.edit(measure, "Parterna utbildar personal i att fråga om våld.", "Parterna fortbildar personal i att fråga om våld.");
  repo.commit("Åtgärden omformulerad", "2024-02-03");
  repo.edit(measure, "    partners: [region-stockholm]\n", "");
  repo.commit("Region Stockholm är inte samverkanspart", "2024-03-04");
  repo.edit(measure, "    modality: must\n", "    modality: [trasig\n");
  repo.commit("Ett fel smyger sig in", "2024-04-05");
  repo.edit(measure, "    modality: [trasig\n", "    modality: must\n");
  repo.commit("Felet rättas", "2024-05-06");
  writeFileSync(join(repo.folder, "README.md"), "Inte innehåll.\n");
  repo.commit("En fil utanför innehållet", "2024-05-07");
  mkdirSync(join(repo.folder, "content/documents/dalarna-ny"));
  writeFileSync(join(repo.folder, "content/documents/dalarna-ny/index.md"), newDocument);
  repo.commit("Ny strategi för Dalarna", "2024-06-07");
  return repo.folder;
}

let folder: string;
let site: Site;
beforeAll(async () => {
  folder = history();
  site = await buildSite("content", { cwd: folder, today: "2024-06-10" });
});

const change = (subject: string) => site.history.changes.find((candidate) => candidate.subject === subject)!;

describe("the history of a repository", () => {
  it("lists the commits that changed content, newest first, each with its date, author and message", () => {
    expect(site.history.availability).toBe("complete");
    expect(site.history.truncated).toBe(false);
    expect(site.history.changes.map((entry) => entry.subject)).toEqual([
      "Ny strategi för Dalarna",
      "Felet rättas",
      "Ett fel smyger sig in",
      "Region Stockholm är inte samverkanspart",
      "Åtgärden omformulerad",
      "Dokumenten läggs in",
    ]);
    const newest = site.history.changes[0]!;
    expect(newest.date).toBe("2024-06-07T12:00:00+01:00");
    expect(newest.author).toBe("Redaktör Ett");
    expect(newest.short).toBe(newest.commit.slice(0, 10));
  });

  it("compares the first commit with nothing: everything in it is added", () => {
    const first = change("Dokumenten läggs in");
    expect(first.diff.before.commit).toBeUndefined();
    expect(first.diff.summary.byKind.added).toBeGreaterThan(5);
    expect(first.diff.changes.every((item) => item.kind === "added")).toBe(true);
    expect(first.documents.map((document) => document.id).sort()).toEqual(["dalarna-gammal", "dalarna-plan", "stockholm-strategi"]);
    expect(first.registries.sort()).toEqual(["actors", "frameworks", "sources"]);
    expect(changeView(site, first.short)!.first).toBe(true);
  });

  it("shows a reworded measure word by word on its change's page", () => {
    const view = changeView(site, change("Åtgärden omformulerad").short)!;
    // The measure's text, and the chapter's body that quotes it.
    expect(view.summary).toBe("2 ändrade");
    expect(view.groups.map((group) => [group.heading, group.url, group.summary])).toEqual([['Dalarnas plan, med "citat", komma och radbrytning', "/dokument/dalarna-plan/", "2 ändrade"]]);
    expect(view.groups[0]!.items.map((entry) => entry.id).sort()).toEqual(["dalarna-plan-atgard-1", "dalarna-plan-mal"]);
    const item = view.groups[0]!.items.find((entry) => entry.id === "dalarna-plan-atgard-1");
    expect(item).toMatchObject({ id: "dalarna-plan-atgard-1", kind: "modified", kindLabel: "Ändrad", typeLabel: "åtgärd", url: "/atgard/dalarna-plan-atgard-1/" });
    const text = item!.fields.find((field) => field.label === "Text")!;
    const marked = (parts: Array<{ op: string; text: string }>, op: string) =>
      parts
        .filter((part) => part.op === op)
        .map((part) => part.text.trim())
        .join(" ");
    expect(marked(text.words!.before, "delete")).toBe("utbildar");
    expect(marked(text.words!.after, "insert")).toBe("fortbildar");
    expect(text.words!.before.map((part) => part.text).join("")).toBe("Parterna utbildar personal i att fråga om våld.");
    expect(text.words!.after.map((part) => part.text).join("")).toBe("Parterna fortbildar personal i att fråga om våld.");
  });

  it("says what removing an actor from a measure means for that actor", () => {
    const view = changeView(site, change("Region Stockholm är inte samverkanspart").short)!;
    const [item] = view.groups[0]!.items;
    const partners = item!.fields.find((field) => field.referencesRemoved.length > 0)!;
    expect(partners.label).toBe("Samverkansparter");
    expect(partners.referencesRemoved).toEqual([{ label: "Region Stockholm", url: "/aktor/region-stockholm/" }]);
    expect(view.actors).toEqual([
      {
        actor: { label: "Region Stockholm", url: "/aktor/region-stockholm/" },
        gained: [],
        lost: [expect.objectContaining({ label: expect.stringContaining("Parterna"), typeLabel: "åtgärd", role: "samverkanspart" })],
      },
    ]);
  });

  it("names the file a commit could not read, and compares the rest", () => {
    const broken = change("Ett fel smyger sig in");
    expect(broken.diff.unreadable).toEqual([{ side: "after", file: "content/documents/dalarna-plan/01-mal.md", errors: expect.any(Number) }]);
    expect(broken.documents).toEqual([expect.objectContaining({ id: "dalarna-plan", unreadable: 1 })]);
    const view = changeView(site, broken.short)!;
    expect(view.summary).toContain("1 fil kunde inte läsas");
    expect(view.unreadable[0]).toMatch(/^content\/documents\/dalarna-plan\/01-mal\.md efter ändringen \(\d+ fel\)/);
    const fixed = change("Felet rättas");
    expect(fixed.diff.unreadable).toEqual([{ side: "before", file: "content/documents/dalarna-plan/01-mal.md", errors: expect.any(Number) }]);
  });

  it("shows an added document, and lists on each document's page the changes that touched it", () => {
    const added = change("Ny strategi för Dalarna");
    expect(added.documents).toEqual([{ id: "dalarna-ny", title: "Dalarnas nya strategi", counties: ["dalarna"], unreadable: 0 }]);
    const [group] = changeView(site, added.short)!.groups;
    // Added items are named, not compared: there is nothing before them.
    expect(group!.items).toEqual([]);
    expect(group!.added).toEqual([expect.objectContaining({ id: "dalarna-ny", kind: "added", typeLabel: "dokument", label: "Dalarnas nya strategi", url: "/dokument/dalarna-ny/" })]);
    const plan = documentChanges(site, "dalarna-plan");
    expect(plan.notices).toEqual([]);
    expect(plan.changes.map((entry) => [entry.subject, entry.part])).toEqual([
      ["Felet rättas", expect.stringContaining("1 fil kunde inte läsas")],
      ["Ett fel smyger sig in", expect.stringContaining("1 fil kunde inte läsas")],
      ["Region Stockholm är inte samverkanspart", "1 ändrad"],
      ["Åtgärden omformulerad", "2 ändrade"],
      ["Dokumenten läggs in", expect.stringMatching(/^\d+ nya$/)],
    ]);
    expect(plan.changes[0]!.url).toBe(`/andring/${change("Felet rättas").short}/`);
    expect(documentChanges(site, "dalarna-ny").changes.map((entry) => entry.subject)).toEqual(["Ny strategi för Dalarna"]);
  });

  it("puts the latest changes on the start page, from the same history", () => {
    const home = homeView(site);
    expect(home.changes.map((entry) => entry.subject)).toEqual(site.history.changes.slice(0, 5).map((entry) => entry.subject));
    expect(home.changes[0]!.documents).toEqual([{ label: "Dalarnas nya strategi", url: "/dokument/dalarna-ny/" }]);
    expect(home.changes.at(-1)!.documents).toEqual([{ label: 'Dalarnas plan, med "citat", komma och radbrytning', url: "/dokument/dalarna-plan/" }]);
    expect(home.feedUrl).toBe("/andringar.xml");
  });

  it("cuts the list at its limit and says so", async () => {
    const cut = await buildSite("content", { cwd: folder, today: "2024-06-10", historyLimit: 2 });
    expect(cut.history.truncated).toBe(true);
    expect(cut.history.changes.map((entry) => entry.subject)).toEqual(["Ny strategi för Dalarna", "Felet rättas"]);
    // The oldest change listed is still compared with its parent, not with nothing.
    expect(cut.history.changes[1]!.diff.unreadable).toEqual([expect.objectContaining({ side: "before" })]);
    expect(changeList(cut).notices).toEqual(["Här visas de 2 senaste ändringarna; äldre ändringar finns i git-historiken."]);
  });
});

describe("what a change did to an item, in words", () => {
  it("says that an item moved, and that an id was renamed", async () => {
    const repo = repository();
    repo.commit("Start", "2024-01-02");
    repo.edit(measure, "    parent: dalarna-plan-mal-1\n", "");
    repo.edit(measure, "  - id: dalarna-plan-atgard-1\n", "  - id: dalarna-plan-atgard-utbildning\n");
    repo.commit("Delmålet står för sig, åtgärden får ett tydligare id", "2024-02-03");
    const built = await buildSite("content", { cwd: repo.folder, today: "2024-06-10" });
    const view = changeView(built, built.history.changes[0]!.short)!;
    const items = view.groups.flatMap((group) => group.items);
    expect(items.find((item) => item.id === "dalarna-plan-delmal-1-1")).toMatchObject({
      kindLabel: "Flyttad",
      notes: ["Flyttad från under ”Våldsutsatta får skydd, stöd och hjälp.” till överst, utan överordnad."],
    });
    expect(items.find((item) => item.id === "dalarna-plan-atgard-utbildning")).toMatchObject({
      kindLabel: "Nytt id",
      url: "/atgard/dalarna-plan-atgard-utbildning/",
      notes: [expect.stringMatching(/^Id:t är bytt: hette tidigare dalarna-plan-atgard-1\. /)],
    });
  });
});

describe("the history kept between builds", () => {
  it("gives the same history from what an earlier build kept, and computes again what it cannot read", async () => {
    const cache = mkdtempSync(join(scratch, "cache-"));
    const first = await buildSite("content", { cwd: folder, today: "2024-06-10", historyCache: cache });
    expect(first.history).toEqual(site.history);
    const kept = readdirSync(cache);
    expect(kept).toHaveLength(site.history.changes.length);
    // What was kept is what the next build shows: proof that it read nothing else.
    const [marked, broken] = kept.map((name) => join(cache, name));
    const entry = JSON.parse(readFileSync(marked!, "utf8"));
    const subject = site.history.changes.find((change) => change.diff.after.commit === entry.diff.after.commit)!.subject;
    entry.diff.summary.byKind.modified = 99;
    writeFileSync(marked!, JSON.stringify(entry));
    writeFileSync(broken!, "{ cut short");
    const second = await buildSite("content", { cwd: folder, today: "2024-06-10", historyCache: cache });
    expect(second.history.changes.find((change) => change.subject === subject)!.diff.summary.byKind.modified).toBe(99);
    const others = (history: Site["history"]) => history.changes.filter((change) => change.subject !== subject);
    expect(others(second.history)).toEqual(others(site.history));
  });
});

/** Parses XML as a strict parser does: any error or warning fails. */
function parseXml(text: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(text, "application/xml") as unknown as Document;
}

describe("the Atom feeds", () => {
  it("are well-formed Atom with stable ids, the newest entry's date, and links to the change pages", () => {
    const xml = changesFeed(site);
    const feed = parseXml(xml).documentElement;
    expect(feed.namespaceURI).toBe("http://www.w3.org/2005/Atom");
    expect(feed.getElementsByTagName("updated")[0]!.textContent).toBe("2024-06-07T12:00:00+01:00");
    const entries = [...(feed.getElementsByTagName("entry") as unknown as Element[])];
    expect(entries).toHaveLength(6);
    const first = entries[0]!;
    const newest = site.history.changes[0]!;
    expect(first.getElementsByTagName("id")[0]!.textContent).toBe(`urn:styrdok:andring:${newest.commit}`);
    expect(first.getElementsByTagName("title")[0]!.textContent).toBe("Ny strategi för Dalarna");
    expect(first.getElementsByTagName("link")[0]!.getAttribute("href")).toBe(`/andring/${newest.short}/`);
    expect(first.getElementsByTagName("summary")[0]!.textContent).toBe("1 ny. Dalarnas nya strategi: 1 ny.");
    // The same history gives the same bytes.
    expect(changesFeed(site)).toBe(xml);
  });

  it("per county hold only the changes to the county's documents", () => {
    const stockholm = parseXml(changesFeed(site, "stockholm")).documentElement;
    const entries = [...(stockholm.getElementsByTagName("entry") as unknown as Element[])];
    expect(entries.map((entry) => entry.getElementsByTagName("title")[0]!.textContent)).toEqual(["Dokumenten läggs in"]);
    expect(stockholm.getElementsByTagName("id")[0]!.textContent).toBe("urn:styrdok:andringar:lan:stockholm");
    // The feed is as new as its newest entry, not as the newest change of all.
    expect(stockholm.getElementsByTagName("updated")[0]!.textContent).toBe("2024-01-02T12:00:00+01:00");
    expect(stockholm.getElementsByTagName("link")[0]!.getAttribute("href")).toBe("/lan/stockholm/andringar.xml");
  });

  it("link absolutely where the site's address is known", () => {
    const before = process.env.STYRDOK_SITE_URL;
    process.env.STYRDOK_SITE_URL = "https://exempel.github.io/styrdok/";
    try {
      const feed = parseXml(changesFeed(site, "dalarna")).documentElement;
      const links = [...(feed.getElementsByTagName("link") as unknown as Element[])].map((link) => link.getAttribute("href"));
      expect(links.slice(0, 2)).toEqual(["https://exempel.github.io/lan/dalarna/andringar.xml", "https://exempel.github.io/lan/dalarna/"]);
      expect(links[2]).toBe(`https://exempel.github.io/andring/${site.history.changes[0]!.short}/`);
    } finally {
      if (before === undefined) delete process.env.STYRDOK_SITE_URL;
      else process.env.STYRDOK_SITE_URL = before;
    }
  });
});

describe("without the whole history", () => {
  it("builds from a folder outside any repository, and says the history is not there", async () => {
    const copy = mkdtempSync(join(scratch, "no-git-"));
    cpSync(join(folder, "content"), join(copy, "content"), { recursive: true });
    const built = await buildSite("content", { cwd: copy, today: "2024-06-10" });
    expect(built.history).toMatchObject({ availability: "none", reason: "not-a-repository", changes: [] });
    expect(changeList(built).notices).toEqual([expect.stringMatching(/^Ändringshistoriken finns inte här: webbplatsen byggdes från en mapp utan git-historik/)]);
    expect(documentChanges(built, "dalarna-plan")).toMatchObject({ notices: changeList(built).notices, changes: [] });
    const feed = parseXml(changesFeed(built)).documentElement;
    expect(feed.getElementsByTagName("entry")).toHaveLength(0);
    expect(feed.getElementsByTagName("updated")[0]!.textContent).toBe("2024-06-10T00:00:00Z");
  });

  it("builds on a machine without git, and says so", async () => {
    const path = process.env.PATH;
    process.env.PATH = join(scratch, "no-such-folder");
    try {
      const built = await buildSite("content", { cwd: folder, today: "2024-06-10" });
      expect(built.history).toMatchObject({ availability: "none", reason: "git-missing" });
      expect(changeList(built).notices[0]).toMatch(/^Ändringshistoriken finns inte här: webbplatsen byggdes på en dator utan git/);
    } finally {
      process.env.PATH = path;
    }
  });

  it("builds from a shallow clone, shows the changes it can compare, and says from which date", async () => {
    const clone = join(mkdtempSync(join(scratch, "shallow-")), "clone");
    execFileSync("git", ["clone", "-q", "--depth", "2", `file://${folder}`, clone], { stdio: "pipe" });
    const built = await buildSite("content", { cwd: clone, today: "2024-06-10" });
    expect(built.history.availability).toBe("shallow");
    // The clone holds the newest commit and the one before it, which is outside content: only the newest can be compared.
    expect(built.history.changes.map((entry) => entry.subject)).toEqual(["Ny strategi för Dalarna"]);
    expect(built.history.changes[0]!.diff.summary.byKind.added).toBe(1);
    expect(built.history.since).toBe("2024-05-07T12:00:00+01:00");
    expect(changeList(built).notices).toEqual([
      "Ändringshistoriken är ofullständig: webbplatsen byggdes från en kopia med bara den senaste delen av git-historiken, så ändringar före 2024-05-07 saknas här.",
    ]);
    expect(documentChanges(built, "dalarna-plan")).toMatchObject({ notices: changeList(built).notices, changes: [] });
  });
});
