// Runs a github-script step's script as actions/github-script does: the body of an async function
// of `github`, `context` and `core`, in a Node process of its own (so that its `import()` of our
// files works as it does on the runner), against a GitHub that holds one pull request's comments.
//
//   node test/github-script.ts < {"script", "comments", "context", "forbidden"} > {"comments", "notices", "calls", "error"}
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Comment, Context } from "../.github/scripts/sticky-comment.mjs";

export interface ScriptRun {
  comments: Comment[];
  notices: string[];
  /** The API calls the script made, by name, in order. */
  calls: string[];
  error?: string;
}

/** Runs `script` in a child process with a fake GitHub; `env` is the step's environment. */
export function runGitHubScript(script: string, options: { comments?: Comment[]; context: Context; env: Record<string, string>; forbidden?: boolean }): ScriptRun {
  const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url)], {
    input: JSON.stringify({ script, comments: options.comments ?? [], context: options.context, forbidden: options.forbidden ?? false }),
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...options.env },
    timeout: 60_000,
  });
  if (run.status !== 0) throw new Error(`github-script stand-in failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as ScriptRun;
}

async function main(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const input = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { script: string; comments: Comment[]; context: Context; forbidden: boolean };
  const comments = input.comments;
  const notices: string[] = [];
  const calls: string[] = [];
  let nextId = 1000;
  const refuse = () => {
    if (input.forbidden) throw Object.assign(new Error("Resource not accessible by integration"), { status: 403 });
  };
  const listComments = async () => comments;
  const github = {
    paginate: async (method: unknown) => {
      calls.push("listComments");
      if (method !== listComments) throw new Error("paginate got another method than issues.listComments");
      return structuredClone(comments);
    },
    rest: {
      issues: {
        listComments,
        createComment: async ({ body }: { body: string }) => {
          calls.push("createComment");
          refuse();
          comments.push({ id: nextId++, body, user: { login: "github-actions[bot]", type: "Bot" } });
        },
        updateComment: async ({ comment_id, body }: { comment_id: number; body: string }) => {
          calls.push("updateComment");
          refuse();
          const comment = comments.find((candidate) => candidate.id === comment_id);
          if (!comment) throw Object.assign(new Error("Not Found"), { status: 404 });
          comment.body = body;
        },
      },
    },
  };
  const core = { notice: (message: string) => notices.push(message), info: () => {} };
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<unknown>;
  let error: string | undefined;
  try {
    await new AsyncFunction("github", "context", "core", input.script)(github, input.context, core);
  } catch (caught) {
    error = String((caught as Error).message ?? caught);
  }
  process.stdout.write(JSON.stringify({ comments, notices, calls, ...(error ? { error } : {}) }));
}

if (import.meta.main) await main();
