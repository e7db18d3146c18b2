// A synthetic content tree for the benchmark: `count` documents of 8 chapters, each chapter with
// 12 goals, 12 measures and their prose, footnotes and links, all valid.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const chaptersPerDocument = 8;
const itemsPerChapter = 12;

export function writeCorpus(root: string, count: number): number {
  let bytes = 0;
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
    bytes += Buffer.byteLength(text);
  };
  const actors = Array.from({ length: 50 }, (_, i) => `  - id: aktor-${i}\n    name: Aktör ${i}\n    kind: kommun\n    counties: [dalarna]\n`).join("");
  write("actors/actors.md", `---\ntype: actors\nactors:\n${actors}---\n`);
  for (let d = 0; d < count; d++) {
    const doc = `dok-${d}`;
    write(
      `documents/${doc}/index.md`,
      `---\ntype: document\nid: ${doc}\nkind: strategy\ntitle: Strategi ${d}\ncounties: [dalarna]\nstatus: in-force\ntextAvailability: complete\nvalidity:\n  from: 2020-01-01\n  to: 2026-12-31\n---\n`,
    );
    for (let c = 0; c < chaptersPerDocument; c++) {
      const chapter = `${doc}-kap-${c}`;
      const goals: string[] = [];
      const measures: string[] = [];
      const prose: string[] = [];
      for (let i = 0; i < itemsPerChapter; i++) {
        const goalText = `Mål ${i} i kapitel ${c}: våldet i nära relationer ska minska i hela länet.`;
        const measureText = `Åtgärd ${i}: kommunerna utbildar personal om våld i nära relationer.`;
        goals.push(`  - id: ${chapter}-mal-${i}\n    level: mal\n    text: "${goalText}"\n`);
        measures.push(
          `  - id: ${chapter}-atgard-${i}\n    kind: measure\n    text: "${measureText}"\n    goals: [${chapter}-mal-${i}]\n    responsible: [aktor-${i % 50}]\n    timeframe: {from: 2022, to: 2024}\n`,
        );
        prose.push(`${goalText} Därför gäller följande.\n\n- ${measureText}\n\nSe [målet](#${chapter}-mal-${i}).[^${i}]\n\n[^${i}]: En fotnot om källan.\n`);
      }
      write(
        `documents/${doc}/${String(c).padStart(2, "0")}-kapitel.md`,
        `---\ntype: chapter\nid: ${chapter}\ntitle: Kapitel ${c}\ngoals:\n${goals.join("")}measures:\n${measures.join("")}---\n${prose.join("\n")}`,
      );
    }
  }
  return bytes;
}

/** The middle value: what the benchmarks report of several runs, since one slow run says little. */
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The chapter the benchmarks change or validate alone (document 1 exists in every corpus of two or more). */
export const changedChapter = "documents/dok-1/03-kapitel.md";

/**
 * Makes `repo` a git repository whose one commit holds `content/`, so that `styrdok diff HEAD`
 * has something to compare the working tree with.
 */
export function commitCorpus(repo: string): void {
  const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=bench", "-c", "user.email=bench@example.org", ...args], { cwd: repo, encoding: "utf8" });
  git("init", "-q", "-b", "main");
  git("commit", "-q", "--allow-empty", "-m", "empty");
  git("add", "-A", "content");
  git("commit", "-q", "-m", "corpus");
}

/** One document changed as an editor would, in the working tree: a measure reworded and given to another actor. */
export function changeOneDocument(contentRoot: string): void {
  const file = join(contentRoot, changedChapter);
  writeFileSync(
    file,
    readFileSync(file, "utf8").replaceAll("Åtgärd 4: kommunerna utbildar personal", "Åtgärd 4: kommunerna och regionen utbildar personal").replace("responsible: [aktor-4]", "responsible: [aktor-5]"),
  );
}
