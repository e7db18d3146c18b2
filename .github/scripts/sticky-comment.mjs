// The pull request's one comment with the semantic diff (.github/workflows/pull-request.yml, through
// actions/github-script). Each push updates the same comment, found again by the hidden marker on its
// first line, so the conversation holds one current summary instead of one per push.
//
// Plain JavaScript without dependencies: github-script imports it as it stands, with its own
// `github` (an authenticated Octokit), `context` and `core`.
import { readFile } from "node:fs/promises";

/** The first line of our comment, invisible on GitHub. */
export const MARKER = "<!-- styrdok:semantic-diff -->";

/** GitHub refuses a comment longer than this many characters. */
export const COMMENT_LIMIT = 65_536;

/** Where a pull request from a fork, or a read-only token, leaves a comment impossible. */
function isForbidden(error) {
  return error?.status === 403;
}

/** Whether the pull request comes from another repository, whose token GitHub makes read-only. */
export function isFromFork(pullRequest) {
  // A deleted fork leaves no head repository: it was a fork all the same.
  return pullRequest.head?.repo?.full_name !== pullRequest.base?.repo?.full_name;
}

/** Our comment among a pull request's comments: a bot's, with our marker as its whole first line. */
export function isOurs(comment, marker = MARKER) {
  return comment.user?.type === "Bot" && (comment.body ?? "").split("\n", 1)[0].trim() === marker;
}

/**
 * The comment's text: the marker, the diff, and which commit it describes. A diff that would not
 * fit (the diff keeps itself under the limit, but the frame adds to it) is cut at a line and says
 * where the rest is.
 */
export function commentBody(markdown, { sha, runUrl }) {
  const footer = `\n\n<sub>Jämförelsen gäller ${sha.slice(0, 7)} mot basgrenen och uppdateras vid varje push. [Körningen](${runUrl}) har den också i sin sammanfattning.</sub>\n`;
  const head = `${MARKER}\n`;
  const text = markdown.trimEnd();
  const room = COMMENT_LIMIT - head.length - footer.length;
  if (text.length <= room) return `${head}${text}${footer}`;
  const cut = `\n\n**Jämförelsen är för lång för en kommentar och slutar här.** Hela finns i [körningens sammanfattning](${runUrl}).`;
  const kept = text.slice(0, room - cut.length);
  return `${head}${kept.slice(0, Math.max(0, kept.lastIndexOf("\n")))}${cut}${footer}`;
}

/**
 * Creates the comment, or updates ours if the pull request has it. Never fails the job where
 * GitHub forbids the comment (a fork's read-only token): it says so as a notice and returns
 * "skipped". Returns "created", "updated", "unchanged" or "skipped".
 */
export async function upsertStickyComment({ github, context, core, body, marker = MARKER }) {
  const pullRequest = context.payload.pull_request;
  if (!pullRequest) {
    core.notice("Ingen pull request i den här körningen, så jämförelsen kommenteras inte.");
    return "skipped";
  }
  const forbidden = "Pull requestens token får inte kommentera (så är det för en pull request från en fork); jämförelsen finns i körningens sammanfattning.";
  if (isFromFork(pullRequest)) {
    core.notice(forbidden);
    return "skipped";
  }
  const { owner, repo } = context.repo;
  const issue = { owner, repo, issue_number: pullRequest.number };
  try {
    const comments = await github.paginate(github.rest.issues.listComments, { ...issue, per_page: 100 });
    const ours = comments.find((comment) => isOurs(comment, marker));
    if (!ours) {
      await github.rest.issues.createComment({ ...issue, body });
      return "created";
    }
    if (ours.body === body) return "unchanged";
    await github.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body });
    return "updated";
  } catch (error) {
    if (!isForbidden(error)) throw error;
    core.notice(forbidden);
    return "skipped";
  }
}

/** The workflow's step: the diff that the step before wrote to `file`, as the sticky comment. */
export async function commentSemanticDiff({ github, context, core, file }) {
  const markdown = await readFile(file, "utf8");
  const { owner, repo } = context.repo;
  const runUrl = `${context.serverUrl}/${owner}/${repo}/actions/runs/${context.runId}`;
  const sha = context.payload.pull_request?.head?.sha ?? context.sha;
  const outcome = await upsertStickyComment({ github, context, core, body: commentBody(markdown, { sha, runUrl }) });
  const words = { created: "skriven", updated: "uppdaterad", unchanged: "oförändrad", skipped: "inte skriven" };
  core.info(`Kommentaren med jämförelsen: ${words[outcome]}.`);
  return outcome;
}
