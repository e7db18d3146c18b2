// Folders compared byte for byte, for the tests that a build or an export is reproducible.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Every file below `folder`, by its path there, with its bytes. */
export function filesOf(folder: string): Map<string, Buffer> {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => [join(entry.parentPath, entry.name).slice(folder.length + 1), readFileSync(join(entry.parentPath, entry.name))] as const));
}

/** The paths whose bytes differ between two folders' files, or that only one of them has. */
export function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  return paths.filter((path) => !a.get(path) || !b.get(path) || !a.get(path)!.equals(b.get(path)!));
}
