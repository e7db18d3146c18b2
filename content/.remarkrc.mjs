// remark's configuration for the content files, read by remark-cli and by the remark language
// server (the VS Code extension unifiedjs.vscode-remark): it gives each open file styrdok's
// per-file findings (frontmatter syntax, YAML pitfalls, the schema) with the same Swedish words
// as `styrdok validate`. Checks across files (ids, references) need the whole corpus: they run
// only in `styrdok validate`. It lives in content/ so that no other Markdown file is checked.
import remarkStyrdok from "@styrdok/core/remark";
import remarkFrontmatter from "remark-frontmatter";

export default {
  plugins: [[remarkFrontmatter, ["yaml"]], [remarkStyrdok, { lang: "sv" }]],
};
