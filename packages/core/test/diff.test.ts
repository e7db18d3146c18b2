import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeCorpus } from "../../../test/bench/corpus.ts";
import { type Content, type DiffOptions, diffContents, loadContent, type SemanticDiff } from "../src/index.ts";
import { contentTree, validateTree } from "./helpers.ts";

type Files = Record<string, string>;

const base: Files = {
  "content/actors.md": `---
type: actors
actors:
  - id: polismyndigheten
    name: Polismyndigheten
    kind: statlig-myndighet
  - id: region-dalarna
    name: Region Dalarna
    kind: region
    counties: [dalarna]
  - id: region-stockholm
    name: Region Stockholm
    kind: region
    counties: [stockholm]
---
`,
  "content/sources.md": `---
type: sources
sources:
  - id: sol
    kind: law
    title: Socialtjänstlag (2001:453)
    abbreviation: SoL
---
`,
  "content/frameworks/nationell.md": `---
type: framework
id: nationell
name: Nationell strategi
kind: national-strategy
goals:
  - id: nationell-1
    label: "1"
    text: Förebyggande arbete
  - id: nationell-2
    label: "2"
    text: Upptäckt, skydd och stöd
---
`,
  "content/documents/plan/index.md": `---
type: document
id: plan
kind: action-plan
title: Dalarnas handlingsplan
counties: [dalarna]
status: in-force
textAvailability: complete
---
`,
  "content/documents/plan/01-mal.md": `---
type: chapter
id: plan-mal
title: Mål och åtgärder
label: "1"
goals:
  - id: plan-mal-1
    level: mal
    label: "1.1"
    text: Våldsutsatta får skydd, stöd och hjälp.
    frameworkGoals:
      - goal: nationell-2
        basis: stated
  - id: plan-mal-2
    level: mal
    label: "1.2"
    text: Fler våldsutövare får behandling.
measures:
  - id: plan-atgard-1
    kind: measure
    text: Parterna utbildar personal i att fråga om våld.
    goals: [plan-mal-1]
    responsible: [polismyndigheten, region-dalarna]
  - id: plan-atgard-2
    kind: measure
    text: Regionen erbjuder stödsamtal.
    goals: [plan-mal-2]
    responsible: [region-dalarna]
  - id: plan-atgard-3
    kind: measure
    text: Polisen följer upp anmälningar.
    goals: [plan-mal-2]
    responsible: [polismyndigheten]
  - id: plan-atgard-4
    kind: measure
    text: Länets aktörer möts varje år.
    goals: [plan-mal-1]
    responsible: [region-dalarna]
responsibilities:
  - id: plan-ansvar-1
    actor: polismyndigheten
    modality: must
    text: Polisen ska anmäla oro för barn.
    legalBasis:
      - source: sol
        chapter: "14"
        section: "1"
---
Våldsutsatta får skydd, stöd och hjälp. Fler våldsutövare får behandling.

- Parterna utbildar personal i att fråga om våld.
- Regionen erbjuder stödsamtal.
- Polisen följer upp anmälningar.
- Länets aktörer möts varje år.

Polisen ska anmäla oro för barn.
`,
  "content/documents/plan/02-uppfoljning.md": `---
type: chapter
id: plan-uppfoljning
title: Uppföljning
label: "2"
goals:
  - id: plan-mal-3
    level: mal
    label: "2.1"
    text: Arbetet följs upp varje år.
---
Arbetet följs upp varje år.
`,
  "content/documents/stockholm/index.md": `---
type: document
id: stockholm
kind: strategy
title: Stockholms strategi
counties: [stockholm]
status: in-force
textAvailability: complete
---
`,
  "content/documents/stockholm/01-mal.md": `---
type: chapter
id: stockholm-mal
title: Mål
goals:
  - id: stockholm-mal-1
    level: mal
    text: Våldsutsatta har tillgång till insatser.
measures:
  - id: stockholm-atgard-1
    kind: recommended-measure
    text: Strukturerad samverkan i enskilda ärenden.
    goals: [stockholm-mal-1]
    responsible: [region-stockholm]
---
Våldsutsatta har tillgång till insatser.

- Strukturerad samverkan i enskilda ärenden.
`,
};

const plan = "content/documents/plan/01-mal.md";
const followUp = "content/documents/plan/02-uppfoljning.md";
const stockholm = "content/documents/stockholm/01-mal.md";

/** The base files with edits: each replaces text that must stand in the file, or (with `null`) removes the file. */
function edited(edits: Record<string, Array<[string, string]> | string | null>, files: Files = base): Files {
  const result = { ...files };
  for (const [path, edit] of Object.entries(edits)) {
    if (edit === null) delete result[path];
    else if (typeof edit === "string") result[path] = edit;
    else
      for (const [from, to] of edit) {
        if (!result[path]!.includes(from)) throw new Error(`${JSON.stringify(from)} is not in ${path}`);
        result[path] = result[path]!.replace(from, to);
      }
  }
  return result;
}

const loaded = new Map<Files, Promise<Content>>();
function load(files: Files): Promise<Content> {
  return loaded.get(files) ?? loaded.set(files, validateTree(files)).get(files)!;
}

async function diffOf(before: Files, after: Files, options: DiffOptions = {}): Promise<SemanticDiff> {
  return diffContents({ name: "main", commit: "a".repeat(40), content: await load(before) }, { name: "", content: await load(after) }, options);
}

/** The changes in brief: kind and id. */
const brief = (diff: SemanticDiff) => diff.changes.map((change) => `${change.kind} ${change.id}`);

const noKinds = { added: 0, removed: 0, renamed: 0, modified: 0, moved: 0, reordered: 0 };
const at = (file: string, line: number) => ({ file, line, column: 5 });

describe("diffContents", () => {
  it("finds nothing between a content and itself, or the same files read twice", async () => {
    const content = await load(base);
    expect(content.errors).toBe(0);
    expect(diffContents({ name: "main", content }, { name: "", content })).toEqual({
      format: "styrdok-diff",
      version: 1,
      before: { name: "main", errors: 0 },
      after: { name: "", errors: 0 },
      summary: { byKind: noKinds, byType: [], byDocument: [] },
      changes: [],
      effects: { actors: [], frameworkGoals: [] },
      renamedFiles: [],
      unreadable: [],
    });
    expect(await diffOf(base, { ...base })).toMatchObject({ summary: { byKind: noKinds }, changes: [], renamedFiles: [], unreadable: [] });
  });

  it("marks exactly the words that changed in a reworded measure, Swedish words whole", async () => {
    const before = "Parterna utbildar personal i att fråga om våld.";
    const after = "Parterna utbildar socialtjänstens personal i att fråga om våldsutsatthet.";
    const diff = await diffOf(
      base,
      edited({
        [plan]: [
          [`text: ${before}`, `text: ${after}`],
          [`- ${before}`, `- ${after}`],
        ],
      }),
    );
    const words = [
      { op: "equal", text: "Parterna utbildar " },
      { op: "insert", text: "socialtjänstens " },
      { op: "equal", text: "personal i att fråga om " },
      { op: "delete", text: "våld" },
      { op: "insert", text: "våldsutsatthet" },
    ];
    expect(diff).toEqual({
      format: "styrdok-diff",
      version: 1,
      before: { name: "main", commit: "a".repeat(40), errors: 0 },
      after: { name: "", errors: 0 },
      summary: {
        byKind: { ...noKinds, modified: 2 },
        byType: [
          { type: "chapter", counts: { modified: 1 } },
          { type: "measure", counts: { modified: 1 } },
        ],
        byDocument: [{ document: "plan", label: "Dalarnas handlingsplan", counts: { modified: 2 } }],
      },
      changes: [
        {
          kind: "modified",
          id: "plan-mal",
          type: "chapter",
          label: "Mål och åtgärder",
          document: "plan",
          chapter: "plan-mal",
          fields: [
            {
              field: "body",
              before: base[plan]!.slice(base[plan]!.indexOf("\n---\n") + 5),
              after: base[plan]!.slice(base[plan]!.indexOf("\n---\n") + 5).replace(before, after),
              words: [
                { op: "equal", text: "Våldsutsatta får skydd, stöd och hjälp. Fler våldsutövare får behandling.\n\n- Parterna utbildar " },
                ...words.slice(1),
                { op: "equal", text: ".\n- Regionen erbjuder stödsamtal.\n- Polisen följer upp anmälningar.\n- Länets aktörer möts varje år.\n\nPolisen ska anmäla oro för barn." },
              ],
            },
          ],
          before: at(plan, 3),
          after: at(plan, 3),
        },
        {
          kind: "modified",
          id: "plan-atgard-1",
          type: "measure",
          label: after,
          document: "plan",
          chapter: "plan-mal",
          fields: [{ field: "text", before, after, words: [...words, { op: "equal", text: "." }] }],
          before: at(plan, 19),
          after: at(plan, 19),
        },
      ],
      effects: { actors: [], frameworkGoals: [] },
      renamedFiles: [],
      unreadable: [],
    });
  });

  it("reports an actor removed from a measure as a lost reference and as the actor's loss", async () => {
    const diff = await diffOf(base, edited({ [plan]: [["responsible: [polismyndigheten, region-dalarna]", "responsible: [region-dalarna]"]] }));
    expect(diff.changes).toEqual([
      {
        kind: "modified",
        id: "plan-atgard-1",
        type: "measure",
        label: "Parterna utbildar personal i att fråga om våld.",
        document: "plan",
        chapter: "plan-mal",
        fields: [{ field: "responsible", before: ["polismyndigheten", "region-dalarna"], after: ["region-dalarna"], referencesRemoved: ["polismyndigheten"] }],
        before: at(plan, 19),
        after: at(plan, 19),
      },
    ]);
    expect(diff.effects).toEqual({
      actors: [
        {
          actor: "polismyndigheten",
          label: "Polismyndigheten",
          gained: [],
          lost: [{ id: "plan-atgard-1", type: "measure", field: "responsible", document: "plan", label: "Parterna utbildar personal i att fråga om våld." }],
        },
      ],
      frameworkGoals: [],
    });
  });

  it("reports a goal moved to another chapter as moved, where it now stands", async () => {
    const goal = '  - id: plan-mal-2\n    level: mal\n    label: "1.2"\n    text: Fler våldsutövare får behandling.\n';
    const diff = await diffOf(
      base,
      edited({
        [plan]: [
          [goal, ""],
          [" Fler våldsutövare får behandling.", ""],
        ],
        [followUp]: [
          ["    text: Arbetet följs upp varje år.\n", `    text: Arbetet följs upp varje år.\n${goal}`],
          ["---\nArbetet följs upp varje år.\n", "---\nArbetet följs upp varje år. Fler våldsutövare får behandling.\n"],
        ],
      }),
    );
    expect(brief(diff)).toEqual(["modified plan-mal", "modified plan-uppfoljning", "moved plan-mal-2"]);
    expect(diff.changes[0]!.fields[0]!.words).toEqual([
      { op: "equal", text: "Våldsutsatta får skydd, stöd och hjälp." },
      { op: "delete", text: " Fler våldsutövare får behandling." },
      {
        op: "equal",
        text: "\n\n- Parterna utbildar personal i att fråga om våld.\n- Regionen erbjuder stödsamtal.\n- Polisen följer upp anmälningar.\n- Länets aktörer möts varje år.\n\nPolisen ska anmäla oro för barn.",
      },
    ]);
    expect(diff.changes[2]).toEqual({
      kind: "moved",
      id: "plan-mal-2",
      type: "goal",
      label: "Fler våldsutövare får behandling.",
      document: "plan",
      chapter: "plan-uppfoljning",
      fields: [],
      moved: { from: { document: "plan", chapter: "plan-mal" }, to: { document: "plan", chapter: "plan-uppfoljning" } },
      before: at(plan, 14),
      after: at(followUp, 11),
    });
    expect(diff.summary.byKind).toEqual({ ...noKinds, modified: 2, moved: 1 });
  });

  it("reports a goal put under another goal as moved, with the framework goals it now serves through it", async () => {
    const diff = await diffOf(base, edited({ [plan]: [['    label: "1.2"\n', '    label: "1.2"\n    parent: plan-mal-1\n']] }));
    expect(diff.changes).toEqual([
      {
        kind: "moved",
        id: "plan-mal-2",
        type: "goal",
        label: "Fler våldsutövare får behandling.",
        document: "plan",
        chapter: "plan-mal",
        fields: [{ field: "parent", after: "plan-mal-1", referencesAdded: ["plan-mal-1"] }],
        moved: { from: { document: "plan", chapter: "plan-mal" }, to: { document: "plan", chapter: "plan-mal", parent: "plan-mal-1" } },
        before: at(plan, 14),
        after: at(plan, 14),
      },
    ]);
    // The goal and the measures that serve it now serve the national goal too; Dalarna was covered already.
    const item = (id: string, type: string, label: string) => ({ id, type, document: "plan", counties: ["dalarna"], label });
    expect(diff.effects.frameworkGoals).toEqual([
      {
        frameworkGoal: "nationell-2",
        framework: "nationell",
        label: "2: Upptäckt, skydd och stöd",
        gained: [
          item("plan-mal-2", "goal", "Fler våldsutövare får behandling."),
          item("plan-atgard-2", "measure", "Regionen erbjuder stödsamtal."),
          item("plan-atgard-3", "measure", "Polisen följer upp anmälningar."),
        ],
        lost: [],
        countiesGained: [],
        countiesLost: [],
      },
    ]);
  });

  it("counts a measure of an unchanged document among the gains when the goal it serves, in another document, gains a national goal", async () => {
    const before = edited({ [stockholm]: [["goals: [stockholm-mal-1]", "goals: [stockholm-mal-1, plan-mal-2]"]] });
    const diff = await diffOf(before, edited({ [plan]: [['    label: "1.2"\n', '    label: "1.2"\n    parent: plan-mal-1\n']] }, before));
    expect(brief(diff)).toEqual(["moved plan-mal-2"]);
    expect(diff.effects.frameworkGoals).toMatchObject([
      {
        frameworkGoal: "nationell-2",
        gained: [{ id: "plan-mal-2" }, { id: "plan-atgard-2" }, { id: "plan-atgard-3" }, { id: "stockholm-atgard-1", document: "stockholm", counties: ["stockholm"] }],
        lost: [],
        countiesGained: ["stockholm"],
        countiesLost: [],
      },
    ]);
  });

  it("reports a document added with its items, what they name and what they serve", async () => {
    const diff = await diffOf(
      base,
      edited({
        "content/documents/ny/index.md": base["content/documents/plan/index.md"]!.replace("id: plan", "id: ny").replace("Dalarnas handlingsplan", "Ny plan").replace("[dalarna]", "[gotland]"),
        "content/documents/ny/01-kapitel.md": `---
type: chapter
id: ny-kapitel
title: Kapitel
goals:
  - id: ny-mal-1
    level: mal
    text: Alla får stöd.
    frameworkGoals:
      - goal: nationell-1
        basis: inferred
measures:
  - id: ny-atgard-1
    kind: measure
    text: Regionen samordnar stödet.
    goals: [ny-mal-1]
    responsible: [region-dalarna]
---
Alla får stöd.

- Regionen samordnar stödet.
`,
      }),
    );
    const added = (id: string, type: string, label: string, file: string, line: number) => ({
      kind: "added",
      id,
      type,
      label,
      document: "ny",
      ...(type === "document" ? {} : { chapter: "ny-kapitel" }),
      fields: [],
      after: at(`content/documents/ny/${file}`, line),
    });
    expect(diff.changes).toEqual([
      added("ny", "document", "Ny plan", "index.md", 3),
      added("ny-kapitel", "chapter", "Kapitel", "01-kapitel.md", 3),
      added("ny-mal-1", "goal", "Alla får stöd.", "01-kapitel.md", 6),
      added("ny-atgard-1", "measure", "Regionen samordnar stödet.", "01-kapitel.md", 13),
    ]);
    expect(diff.summary).toEqual({
      byKind: { ...noKinds, added: 4 },
      byType: [
        { type: "document", counts: { added: 1 } },
        { type: "chapter", counts: { added: 1 } },
        { type: "goal", counts: { added: 1 } },
        { type: "measure", counts: { added: 1 } },
      ],
      byDocument: [{ document: "ny", label: "Ny plan", counts: { added: 4 } }],
    });
    expect(diff.effects).toEqual({
      actors: [
        { actor: "region-dalarna", label: "Region Dalarna", gained: [{ id: "ny-atgard-1", type: "measure", field: "responsible", document: "ny", label: "Regionen samordnar stödet." }], lost: [] },
      ],
      frameworkGoals: [
        {
          frameworkGoal: "nationell-1",
          framework: "nationell",
          label: "1: Förebyggande arbete",
          gained: [
            { id: "ny-mal-1", type: "goal", document: "ny", counties: ["gotland"], label: "Alla får stöd." },
            { id: "ny-atgard-1", type: "measure", document: "ny", counties: ["gotland"], label: "Regionen samordnar stödet." },
          ],
          lost: [],
          countiesGained: ["gotland"],
          countiesLost: [],
        },
      ],
    });
  });

  it("reports a document removed, its items where they stood", async () => {
    const diff = await diffOf(base, edited({ "content/documents/stockholm/index.md": null, [stockholm]: null }));
    expect(brief(diff)).toEqual(["removed stockholm", "removed stockholm-mal", "removed stockholm-mal-1", "removed stockholm-atgard-1"]);
    expect(diff.changes[3]).toEqual({
      kind: "removed",
      id: "stockholm-atgard-1",
      type: "measure",
      label: "Strukturerad samverkan i enskilda ärenden.",
      document: "stockholm",
      chapter: "stockholm-mal",
      fields: [],
      before: at(stockholm, 10),
    });
    expect(diff.summary.byDocument).toEqual([{ document: "stockholm", label: "Stockholms strategi", counts: { removed: 4 } }]);
    expect(diff.effects.actors).toEqual([
      {
        actor: "region-stockholm",
        label: "Region Stockholm",
        gained: [],
        lost: [{ id: "stockholm-atgard-1", type: "measure", field: "responsible", document: "stockholm", label: "Strukturerad samverkan i enskilda ärenden." }],
      },
    ]);
  });

  it("reports an id renamed once, with the id it had, not as one item removed and another added", async () => {
    const diff = await diffOf(base, edited({ [plan]: [["id: plan-atgard-4", "id: plan-atgard-arlig-traff"]] }));
    expect(diff.changes).toEqual([
      {
        kind: "renamed",
        id: "plan-atgard-arlig-traff",
        type: "measure",
        label: "Länets aktörer möts varje år.",
        document: "plan",
        chapter: "plan-mal",
        previousId: "plan-atgard-4",
        fields: [],
        before: at(plan, 34),
        after: at(plan, 34),
      },
    ]);
    expect(diff.summary.byKind).toEqual({ ...noKinds, renamed: 1 });
    expect(diff.effects).toEqual({ actors: [], frameworkGoals: [] });
  });

  it("reports a renamed item whose text also changed a little as renamed, with the field that changed", async () => {
    const diff = await diffOf(base, edited({ [plan]: [["id: plan-atgard-4\n    kind: measure", "id: plan-atgard-traff\n    kind: activity"]] }));
    expect(diff.changes).toMatchObject([{ kind: "renamed", id: "plan-atgard-traff", previousId: "plan-atgard-4", fields: [{ field: "kind", before: "measure", after: "activity" }] }]);
  });

  it("reports an id renamed while another file still refers to the old id as renamed, not as an item added", async () => {
    // The most common way to break a stable id: the reference elsewhere is an error, but that file is read all the same.
    const diff = await diffOf(base, edited({ "content/actors.md": [["id: region-stockholm", "id: region-sthlm"]] }));
    expect(diff.after.errors).toBe(1);
    expect(diff.unreadable).toEqual([]);
    expect(brief(diff)).toEqual(["renamed region-sthlm"]);
    expect(diff.changes[0]!.previousId).toBe("region-stockholm");
  });

  it("reports a document removed while another still refers to it", async () => {
    const diff = await diffOf(
      edited({
        "content/documents/plan/index.md": [["textAvailability: complete\n", "textAvailability: complete\nrelations:\n  - relation: supersedes\n    document: stockholm\n    basis: stated\n"]],
      }),
      edited({
        "content/documents/plan/index.md": [["textAvailability: complete\n", "textAvailability: complete\nrelations:\n  - relation: supersedes\n    document: stockholm\n    basis: stated\n"]],
        "content/documents/stockholm/index.md": null,
        [stockholm]: null,
      }),
    );
    expect(diff.after.errors).toBe(1);
    expect(brief(diff)).toEqual(["removed stockholm", "removed stockholm-mal", "removed stockholm-mal-1", "removed stockholm-atgard-1"]);
  });

  it("keeps a document's items in place when only the document's id is renamed", async () => {
    const diff = await diffOf(base, edited({ "content/documents/plan/index.md": [["id: plan", "id: handlingsplan"]] }));
    expect(brief(diff)).toEqual(["renamed handlingsplan"]);
    expect(diff.changes[0]).toMatchObject({ previousId: "plan", document: "handlingsplan" });
  });

  it("sees no change in a file renamed with its content unchanged, and lists it", async () => {
    const diff = await diffOf(base, edited({ [followUp]: null, "content/documents/plan/02-folj-upp.md": base[followUp]! }));
    expect(diff).toMatchObject({ summary: { byKind: noKinds }, changes: [], renamedFiles: [{ from: followUp, to: "content/documents/plan/02-folj-upp.md" }], unreadable: [] });
  });

  it("reports chapters whose order changed by a file's new name as re-ordered", async () => {
    const diff = await diffOf(base, edited({ [followUp]: null, "content/documents/plan/00-uppfoljning.md": base[followUp]! }));
    expect(diff.changes).toEqual([
      {
        kind: "reordered",
        id: "plan-uppfoljning",
        type: "chapter",
        label: "Uppföljning",
        document: "plan",
        chapter: "plan-uppfoljning",
        fields: [],
        reordered: { from: 2, to: 1 },
        before: at(followUp, 3),
        after: at("content/documents/plan/00-uppfoljning.md", 3),
      },
    ]);
    expect(diff.renamedFiles).toEqual([{ from: followUp, to: "content/documents/plan/00-uppfoljning.md" }]);
  });

  it("sees no change in CRLF line endings, YAML key order, a folded text or a rewrapped paragraph", async () => {
    const rewritten = edited({
      [plan]: [
        [
          "    text: Parterna utbildar personal i att fråga om våld.\n    goals: [plan-mal-1]\n    responsible: [polismyndigheten, region-dalarna]\n",
          "    responsible: [polismyndigheten, region-dalarna]\n    goals: [plan-mal-1]\n    text: >-\n      Parterna utbildar personal\n      i att   fråga om våld.\n",
        ],
        ["Våldsutsatta får skydd, stöd och hjälp. Fler", "Våldsutsatta får skydd,\n  stöd och hjälp.   Fler"],
        ["Polisen ska anmäla oro för barn.\n", "Polisen ska anmäla oro för barn.  \n\n\n"],
      ],
    })[plan]!.replace(/\n/g, "\r\n");
    const after = edited({ [plan]: rewritten });
    expect((await load(after)).errors).toBe(0);
    expect(await diffOf(base, after)).toMatchObject({ summary: { byKind: noKinds }, changes: [], effects: { actors: [], frameworkGoals: [] }, renamedFiles: [] });
  });

  it("still sees a paragraph split in two, or a list item joined to the line above", async () => {
    const split = await diffOf(base, edited({ [plan]: [["hjälp. Fler", "hjälp.\n\nFler"]] }));
    expect(brief(split)).toEqual(["modified plan-mal"]);
    const joined = await diffOf(base, edited({ [plan]: [["våld.\n- Regionen", "våld. - Regionen"]] }));
    expect(brief(joined)).toEqual(["modified plan-mal"]);
  });

  it("reports a goal that gained a national goal, with the measures under it and the county it newly covers", async () => {
    const diff = await diffOf(
      base,
      edited({
        [stockholm]: [
          ["    text: Våldsutsatta har tillgång till insatser.\n", "    text: Våldsutsatta har tillgång till insatser.\n    frameworkGoals:\n      - goal: nationell-2\n        basis: inferred\n"],
        ],
      }),
    );
    expect(diff.changes).toEqual([
      {
        kind: "modified",
        id: "stockholm-mal-1",
        type: "goal",
        label: "Våldsutsatta har tillgång till insatser.",
        document: "stockholm",
        chapter: "stockholm-mal",
        fields: [{ field: "frameworkGoals", after: [{ goal: "nationell-2", basis: "inferred" }], referencesAdded: ["nationell-2"] }],
        before: at(stockholm, 6),
        after: at(stockholm, 6),
      },
    ]);
    expect(diff.effects).toEqual({
      actors: [],
      frameworkGoals: [
        {
          frameworkGoal: "nationell-2",
          framework: "nationell",
          label: "2: Upptäckt, skydd och stöd",
          gained: [
            { id: "stockholm-mal-1", type: "goal", document: "stockholm", counties: ["stockholm"], label: "Våldsutsatta har tillgång till insatser." },
            { id: "stockholm-atgard-1", type: "measure", document: "stockholm", counties: ["stockholm"], label: "Strukturerad samverkan i enskilda ärenden." },
          ],
          lost: [],
          countiesGained: ["stockholm"],
          countiesLost: [],
        },
      ],
    });
  });

  it("reports a county that lost all coverage of a national goal when the only goal serving it drops the link", async () => {
    const diff = await diffOf(base, edited({ [plan]: [["    frameworkGoals:\n      - goal: nationell-2\n        basis: stated\n", ""]] }));
    expect(brief(diff)).toEqual(["modified plan-mal-1"]);
    expect(diff.changes[0]!.fields).toEqual([{ field: "frameworkGoals", before: [{ goal: "nationell-2", basis: "stated" }], referencesRemoved: ["nationell-2"] }]);
    expect(diff.effects.frameworkGoals).toMatchObject([
      { frameworkGoal: "nationell-2", gained: [], lost: [{ id: "plan-mal-1" }, { id: "plan-atgard-1" }, { id: "plan-atgard-4" }], countiesGained: [], countiesLost: ["dalarna"] },
    ]);
  });

  it("does not call items re-ordered when others were only inserted before them", async () => {
    const diff = await diffOf(base, edited({ [plan]: [["measures:\n", "measures:\n  - id: plan-atgard-0\n    kind: measure\n    text: Ny åtgärd.\n    responsible: [region-dalarna]\n"]] }));
    expect(brief(diff)).toEqual(["added plan-atgard-0"]);
  });

  it("calls only the item that changed places among its siblings re-ordered", async () => {
    const measure = "  - id: plan-atgard-2\n    kind: measure\n    text: Regionen erbjuder stödsamtal.\n    goals: [plan-mal-2]\n    responsible: [region-dalarna]\n";
    const diff = await diffOf(
      base,
      edited({
        [plan]: [
          [measure, ""],
          ["responsibilities:\n", `${measure}responsibilities:\n`],
        ],
      }),
    );
    expect(diff.changes).toEqual([
      {
        kind: "reordered",
        id: "plan-atgard-2",
        type: "measure",
        label: "Regionen erbjuder stödsamtal.",
        document: "plan",
        chapter: "plan-mal",
        fields: [],
        reordered: { from: 2, to: 4 },
        before: at(plan, 24),
        after: at(plan, 34),
      },
    ]);
  });

  it("reports a new number as renumbered", async () => {
    const diff = await diffOf(base, edited({ [plan]: [['label: "1.2"', 'label: "1.3"']] }));
    expect(diff.changes).toEqual([
      {
        kind: "modified",
        id: "plan-mal-2",
        type: "goal",
        label: "Fler våldsutövare får behandling.",
        document: "plan",
        chapter: "plan-mal",
        fields: [{ field: "label", before: "1.2", after: "1.3" }],
        renumbered: { from: "1.2", to: "1.3" },
        before: at(plan, 14),
        after: at(plan, 14),
      },
    ]);
  });

  it("lists a file with errors at one side as unreadable instead of reporting its items removed, and compares the rest", async () => {
    const diff = await diffOf(base, edited({ [plan]: [["goals:\n", "goals: [\n"]], [followUp]: [["title: Uppföljning", "title: Uppföljning och utvärdering"]] }));
    expect(diff.after.errors).toBeGreaterThan(0);
    expect(diff.changes).toEqual([
      {
        kind: "modified",
        id: "plan-uppfoljning",
        type: "chapter",
        label: "Uppföljning och utvärdering",
        document: "plan",
        chapter: "plan-uppfoljning",
        fields: [
          {
            field: "title",
            before: "Uppföljning",
            after: "Uppföljning och utvärdering",
            words: [
              { op: "equal", text: "Uppföljning " },
              { op: "insert", text: "och utvärdering" },
            ],
          },
        ],
        before: at(followUp, 3),
        after: at(followUp, 3),
      },
    ]);
    expect(diff.unreadable).toEqual([{ side: "after", file: plan, errors: diff.after.errors }]);
    expect(diff.effects).toEqual({ actors: [], frameworkGoals: [] });
  });

  it("does not report a document's chapters removed when only its index has an error", async () => {
    const diff = await diffOf(base, edited({ "content/documents/plan/index.md": [["status: in-force", "status: gällande"]] }));
    expect(diff).toMatchObject({ changes: [], unreadable: [{ side: "after", file: "content/documents/plan/index.md", errors: 1 }] });
  });

  it("does not report an item removed that may stand in a file unreadable at the other side", async () => {
    const goal = '  - id: plan-mal-2\n    level: mal\n    label: "1.2"\n    text: Fler våldsutövare får behandling.\n';
    const diff = await diffOf(
      base,
      edited({
        [plan]: [[goal, ""]],
        [followUp]: [
          ["    text: Arbetet följs upp varje år.\n", `    text: Arbetet följs upp varje år.\n${goal}`],
          ["title: Uppföljning", "title: [Uppföljning"],
        ],
      }),
    );
    expect(diff).toMatchObject({ changes: [], unreadable: [{ side: "after", file: followUp }] });
    // The same item before the file broke is reported where it is known to be gone.
    const gone = await diffOf(base, edited({ [plan]: [[goal, ""]], [followUp]: [["title: Uppföljning", "title: [Uppföljning"]] }));
    expect(brief(gone)).toEqual(["removed plan-mal-2"]);
  });

  it("reports only the changes of files in scope, and only their effects", async () => {
    const after = edited({
      [plan]: [["responsible: [polismyndigheten, region-dalarna]", "responsible: [region-dalarna]"]],
      [stockholm]: [["responsible: [region-stockholm]", "responsible: [region-stockholm, polismyndigheten]"]],
    });
    const diff = await diffOf(base, after, { inScope: (file) => file.startsWith("content/documents/stockholm/") });
    expect(brief(diff)).toEqual(["modified stockholm-atgard-1"]);
    expect(diff.changes[0]!.fields).toEqual([{ field: "responsible", before: ["region-stockholm"], after: ["region-stockholm", "polismyndigheten"], referencesAdded: ["polismyndigheten"] }]);
    expect(diff.effects.actors).toEqual([
      {
        actor: "polismyndigheten",
        label: "Polismyndigheten",
        gained: [{ id: "stockholm-atgard-1", type: "measure", field: "responsible", document: "stockholm", label: "Strukturerad samverkan i enskilda ärenden." }],
        lost: [],
      },
    ]);
    expect(diff.summary.byDocument).toEqual([{ document: "stockholm", label: "Stockholms strategi", counts: { modified: 1 } }]);
    // Unscoped, both changes, in the documents' file order.
    expect(brief(await diffOf(base, after))).toEqual(["modified plan-atgard-1", "modified stockholm-atgard-1"]);
  });

  it("reports a changed registry item after the documents, with the references it changed", async () => {
    const diff = await diffOf(
      base,
      edited({
        "content/actors.md": [["    counties: [stockholm]\n", "    counties: [stockholm]\n    parent: region-dalarna\n"]],
        [plan]: [['label: "1.2"', 'label: "1.3"']],
      }),
    );
    expect(brief(diff)).toEqual(["modified plan-mal-2", "moved region-stockholm"]);
    expect(diff.changes[1]!.document).toBeUndefined();
    expect(diff.changes[1]).toMatchObject({
      fields: [{ field: "parent", after: "region-dalarna", referencesAdded: ["region-dalarna"] }],
      moved: { from: {}, to: { parent: "region-dalarna" } },
    });
    expect(diff.summary.byDocument).toEqual([
      { document: "plan", label: "Dalarnas handlingsplan", counts: { modified: 1 } },
      { label: "", counts: { moved: 1 } },
    ]);
  });

  // How fast is the benchmark's business (test/bench/diff.bench.ts), never a timed test's.
  it("finds the one change in a corpus of many documents", async () => {
    const before = contentTree({});
    writeCorpus(before, 15);
    const after = contentTree({});
    cpSync(before, after, { recursive: true });
    const file = join(after, "documents/dok-1/03-kapitel.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("responsible: [aktor-5]", "responsible: [aktor-6]"));
    const old = await loadContent(["."], { cwd: before });
    const current = await loadContent(["."], { cwd: after });
    const diff = diffContents({ name: "", content: old }, { name: "", content: current });
    expect(brief(diff)).toEqual(["modified dok-1-kap-3-atgard-5"]);
    expect(diff.effects.actors.map((effect) => [effect.actor, effect.gained.map((item) => item.id), effect.lost.map((item) => item.id)])).toEqual([
      ["aktor-5", [], ["dok-1-kap-3-atgard-5"]],
      ["aktor-6", ["dok-1-kap-3-atgard-5"], []],
    ]);
  });
});
