// styrdok's per-file checks as a remark plugin, so that ordinary remark tooling (remark-cli,
// editor integrations) reports the same findings for one file: frontmatter syntax, YAML
// pitfalls and the schema. Checks across files (ids, references) need the whole corpus and
// run only in `styrdok validate`.
import type { Root } from "mdast";
import type { Plugin } from "unified";
import type { VFile } from "vfile";
import { type Lang, renderFinding } from "./messages.ts";
import { parseContentFile } from "./parse.ts";
import { validateFrontmatter } from "./schemas.ts";

export interface RemarkStyrdokOptions {
  lang?: Lang;
}

const remarkStyrdok: Plugin<[RemarkStyrdokOptions?], Root> = (options = {}) => {
  const lang = options.lang ?? "sv";
  return (tree: Root, file: VFile) => {
    const before = file.messages.length;
    validateFrontmatter(parseContentFile(file, tree));
    // remark's reporters print a message's reason: give styrdok's findings their words here.
    for (const message of file.messages.slice(before)) message.reason = message.message = renderFinding(message, lang);
  };
};

export default remarkStyrdok;
