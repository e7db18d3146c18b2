// Writes the section of CONTRIBUTING.md that lists every finding code, from the code list
// (messages.ts) and the guide's table (finding-guide.ts), so that the guide is always complete.
// Run with `pnpm task:guide`; a test fails when the committed file is stale. Only the text
// between the two markers is generated: the rest of the guide is written by hand.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { guideFindings, guideGroupTitles } from "../src/finding-guide.ts";

export const contributingFile = fileURLToPath(new URL("../../../CONTRIBUTING.md", import.meta.url));

const START = "<!-- fynd:start — genereras av `pnpm task:guide` från packages/core/src/finding-guide.ts; ändra inte för hand -->";
const END = "<!-- fynd:slut -->";

const severityWords = { error: "Fel", warning: "Varning" } as const;

/** A finding's words as plain text in Markdown: nothing in them may become a link, a tag or emphasis. */
function plain(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (char) => `\\${char}`);
}

export function findingsSection(): string {
  const out: string[] = [];
  let group = "";
  for (const finding of guideFindings()) {
    if (finding.group !== group) {
      group = finding.group;
      out.push(`### ${guideGroupTitles[finding.group]}`, "");
    }
    out.push(`#### \`${finding.code}\``, "", `**${severityWords[finding.severity]}.** Till exempel:`, "", `> ${plain(finding.example)}`, "", `**Så rättar du:** ${finding.fix}`, "");
  }
  return out.join("\n");
}

/** The guide with its generated section replaced; the markers must be there, once each. */
export function withFindingsSection(markdown: string): string {
  const start = markdown.indexOf(START);
  const end = markdown.indexOf(END);
  if (start === -1 || end < start || markdown.indexOf(START, start + 1) !== -1) throw new Error(`CONTRIBUTING.md needs the markers ${START} and ${END}, once each and in that order.`);
  return `${markdown.slice(0, start + START.length)}\n\n${findingsSection()}\n${markdown.slice(end)}`;
}

if (import.meta.main) {
  writeFileSync(contributingFile, withFindingsSection(readFileSync(contributingFile, "utf8")));
  process.stdout.write(`wrote ${contributingFile}\n`);
}
