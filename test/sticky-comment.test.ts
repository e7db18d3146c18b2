// The pull request's one comment with the semantic diff (.github/scripts/sticky-comment.mjs): made
// once, updated on every later push, never someone else's, and never a failed job where GitHub
// forbids it (a fork's read-only token).
import { describe, expect, it } from "vitest";
import { COMMENT_LIMIT, type Comment, type Context, commentBody, type GitHubClient, MARKER, upsertStickyComment } from "../.github/scripts/sticky-comment.mjs";

/** A GitHub that holds one pull request's comments and records what was asked of it. */
function fakeGitHub(initial: Comment[] = [], options: { failWith?: number } = {}) {
  const comments = initial.map((comment) => ({ ...comment }));
  const calls: string[] = [];
  let nextId = 1000;
  const fail = () => {
    if (options.failWith) throw Object.assign(new Error(`HTTP ${options.failWith}`), { status: options.failWith });
  };
  const listComments = "issues.listComments";
  const github: GitHubClient = {
    paginate: async (method) => {
      calls.push("list");
      expect(method).toBe(listComments);
      fail();
      return structuredClone(comments);
    },
    rest: {
      issues: {
        listComments,
        createComment: async ({ issue_number, body }) => {
          calls.push(`create #${issue_number}`);
          fail();
          comments.push({ id: nextId++, body, user: { login: "github-actions[bot]", type: "Bot" } });
        },
        updateComment: async ({ comment_id, body }) => {
          calls.push(`update ${comment_id}`);
          fail();
          comments.find((comment) => comment.id === comment_id)!.body = body;
        },
      },
    },
  };
  return { github, comments, calls };
}

function context(headRepository: string | null = "agare/styrdok"): Context {
  return {
    repo: { owner: "agare", repo: "styrdok" },
    payload: { pull_request: { number: 7, head: { sha: "abcdef1234", repo: headRepository === null ? null : { full_name: headRepository } }, base: { repo: { full_name: "agare/styrdok" } } } },
    serverUrl: "https://github.com",
    runId: 42,
    sha: "merge",
  };
}

function core() {
  const notices: string[] = [];
  return { notices, core: { notice: (message: string) => notices.push(message), info: () => {} } };
}

const body = (text: string) => commentBody(text, { sha: "abcdef1234", runUrl: "https://github.com/agare/styrdok/actions/runs/42" });

describe("the sticky comment", () => {
  it("is created on the first push, updated on the next, and left alone when nothing changed", async () => {
    const { github, comments, calls } = fakeGitHub([{ id: 1, body: "Ser bra ut!", user: { login: "granskare", type: "User" } }]);
    const { core: log, notices } = core();
    expect(await upsertStickyComment({ github, context: context(), core: log, body: body("En åtgärd ändrad.") })).toBe("created");
    expect(await upsertStickyComment({ github, context: context(), core: log, body: body("Två åtgärder ändrade.") })).toBe("updated");
    expect(await upsertStickyComment({ github, context: context(), core: log, body: body("Två åtgärder ändrade.") })).toBe("unchanged");
    expect(calls).toEqual(["list", "create #7", "list", "update 1000", "list"]);
    expect(comments.map((comment) => [comment.id, comment.body?.split("\n")[1]])).toEqual([
      [1, undefined],
      [1000, "Två åtgärder ändrade."],
    ]);
    expect(notices).toEqual([]);
  });

  it("starts with the hidden marker and says which commit it describes", () => {
    expect(body("## Ändringar\n\nEn åtgärd ändrad.\n")).toBe(
      `${MARKER}\n## Ändringar\n\nEn åtgärd ändrad.\n\n<sub>Jämförelsen gäller abcdef1 mot basgrenen och uppdateras vid varje push. [Körningen](https://github.com/agare/styrdok/actions/runs/42) har den också i sin sammanfattning.</sub>\n`,
    );
  });

  it("finds its own marker only: not in a person's comment, not in the middle of one, not another marker", async () => {
    const others: Comment[] = [
      { id: 1, body: `${MARKER}\nkopierad av en person`, user: { login: "granskare", type: "User" } },
      { id: 2, body: `Som det står i ${MARKER}`, user: { login: "github-actions[bot]", type: "Bot" } },
      { id: 3, body: "<!-- styrdok:semantic-diff-old -->\nen annan robot", user: { login: "annan[bot]", type: "Bot" } },
      { id: 4, body: `${MARKER}\nvår`, user: { login: "github-actions[bot]", type: "Bot" } },
    ];
    const { github, comments, calls } = fakeGitHub(others);
    expect(await upsertStickyComment({ github, context: context(), core: core().core, body: body("Ny.") })).toBe("updated");
    expect(calls).toEqual(["list", "update 4"]);
    expect(comments.slice(0, 3)).toEqual(others.slice(0, 3));

    const withoutOurs = fakeGitHub(others.slice(0, 3));
    expect(await upsertStickyComment({ github: withoutOurs.github, context: context(), core: core().core, body: body("Ny.") })).toBe("created");
    expect(withoutOurs.calls).toEqual(["list", "create #7"]);
  });

  it("skips a pull request from a fork with a notice, without asking GitHub anything", async () => {
    for (const head of ["nagon/styrdok", null]) {
      const { github, calls } = fakeGitHub();
      const { core: log, notices } = core();
      expect(await upsertStickyComment({ github, context: context(head), core: log, body: body("Ny.") })).toBe("skipped");
      expect(calls).toEqual([]);
      expect(notices).toEqual(["Pull requestens token får inte kommentera (så är det för en pull request från en fork); jämförelsen finns i körningens sammanfattning."]);
    }
  });

  it("skips with a notice where GitHub forbids the comment (a read-only token), and fails on anything else", async () => {
    const forbidden = fakeGitHub([], { failWith: 403 });
    const { core: log, notices } = core();
    expect(await upsertStickyComment({ github: forbidden.github, context: context(), core: log, body: body("Ny.") })).toBe("skipped");
    expect(notices).toHaveLength(1);
    await expect(upsertStickyComment({ github: fakeGitHub([], { failWith: 500 }).github, context: context(), core: log, body: body("Ny.") })).rejects.toThrow("HTTP 500");
  });

  it("stays under GitHub's limit with a diff that does not fit, cut at a line, and says where the rest is", () => {
    const lines = Array.from({ length: 4000 }, (_, index) => `- rad ${index} ${"ord ".repeat(5)}`).join("\n");
    const text = body(lines);
    expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(text.startsWith(`${MARKER}\n- rad 0 `)).toBe(true);
    expect(text).toMatch(
      /\n- rad \d+ (ord ){5}\n\n\*\*Jämförelsen är för lång för en kommentar och slutar här\.\*\* Hela finns i \[körningens sammanfattning\]\(https:\/\/github\.com\/agare\/styrdok\/actions\/runs\/42\)\./,
    );
    expect(text.endsWith("</sub>\n")).toBe(true);
  });
});
