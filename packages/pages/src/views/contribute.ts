// The contributor's guide on the site (/bidra/): how to propose a change, and every finding code
// with an example and how to fix it, from the same table as CONTRIBUTING.md (core's
// finding-guide.ts), so the page is as complete as the code list.
import { type GuideGroup, guideFindings, guideGroupTitles } from "@styrdok/core";
import { adminUrl, changesUrl, siteUrl } from "../urls.ts";

/** A run of a fix sentence: plain words, or a piece of syntax to type as it is (a code span in the guide). */
export type TextPart = { text: string; code?: true };

export interface FindingGuideView {
  code: string;
  severity: "error" | "warning";
  severityWord: "Fel" | "Varning";
  example: string;
  fix: TextPart[];
}

export interface ContributeView {
  adminUrl: string;
  changesUrl: string;
  dataUrl: string;
  counts: { codes: number; errors: number; warnings: number };
  groups: Array<{ id: GuideGroup; title: string; findings: FindingGuideView[] }>;
}

/** A sentence with `code spans` as parts, so the page can mark the syntax without rendering Markdown. */
export function textParts(sentence: string): TextPart[] {
  return sentence
    .split("`")
    .map((text, index): TextPart => (index % 2 === 1 ? { text, code: true } : { text }))
    .filter((part) => part.text !== "");
}

export function contributeView(): ContributeView {
  const findings = guideFindings();
  const groups: ContributeView["groups"] = [];
  for (const finding of findings) {
    let group = groups.at(-1);
    if (group?.id !== finding.group) {
      group = { id: finding.group, title: guideGroupTitles[finding.group], findings: [] };
      groups.push(group);
    }
    group.findings.push({
      code: finding.code,
      severity: finding.severity,
      severityWord: finding.severity === "error" ? "Fel" : "Varning",
      example: finding.example,
      fix: textParts(finding.fix),
    });
  }
  const errors = findings.filter((finding) => finding.severity === "error").length;
  return {
    adminUrl: adminUrl(),
    changesUrl: changesUrl(),
    dataUrl: siteUrl("/data/"),
    counts: { codes: findings.length, errors, warnings: findings.length - errors },
    groups,
  };
}
