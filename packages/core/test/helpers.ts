import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { type Content, loadContent } from "../src/index.ts";

// Every tree of a test run lives under one folder, removed when the run ends.
const scratch = mkdtempSync(join(tmpdir(), "styrdok-test-"));
process.on("exit", () => rmSync(scratch, { recursive: true, force: true }));

/** Writes a content tree into a fresh temporary folder and returns the folder. */
export function contentTree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(scratch, "tree-"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/**
 * Validates a tree with paths relative to its own folder, on a fixed day (2020-01-01) so that
 * whether a document's validity has ended does not depend on when the test runs.
 */
export async function validateTree(files: Record<string, string | Uint8Array>): Promise<Content> {
  const root = contentTree(files);
  return loadContent(["."], { cwd: root, today: "2020-01-01" });
}

/** Findings as compact `file:line:column code` strings, in order. */
export function findings(result: Content): string[] {
  return result.files.flatMap((file) => file.messages.map((message) => `${file.path}:${message.line}:${message.column} ${message.ruleId}`));
}

export const actorsFile = `---
type: actors
actors:
  - id: polismyndigheten
    name: Polismyndigheten
    kind: statlig-myndighet
  - id: region-dalarna
    name: Region Dalarna
    kind: region
    counties: [dalarna]
---
`;

export function documentIndex(id: string, extra = ""): string {
  return `---
type: document
id: ${id}
kind: strategy
title: Strategi ${id}
counties: [dalarna]
status: in-force
textAvailability: complete
${extra}---
`;
}
