// Types for sticky-comment.mjs, which stays plain JavaScript so that actions/github-script can import it.

export declare const MARKER: string;
export declare const COMMENT_LIMIT: number;

export interface Comment {
  id: number;
  body?: string | null;
  user?: { login?: string; type?: string } | null;
}

export interface PullRequest {
  number: number;
  head?: { sha?: string; repo?: { full_name?: string } | null };
  base?: { repo?: { full_name?: string } | null };
}

/** The part of github-script's `github` (an Octokit) that the comment uses. */
export interface GitHubClient {
  paginate: (method: unknown, parameters: { owner: string; repo: string; issue_number: number; per_page: number }) => Promise<Comment[]>;
  rest: {
    issues: {
      listComments: unknown;
      createComment: (parameters: { owner: string; repo: string; issue_number: number; body: string }) => Promise<unknown>;
      updateComment: (parameters: { owner: string; repo: string; comment_id: number; body: string }) => Promise<unknown>;
    };
  };
}

/** The part of github-script's `context` that the comment uses. */
export interface Context {
  repo: { owner: string; repo: string };
  payload: { pull_request?: PullRequest };
  serverUrl: string;
  runId: number;
  sha: string;
}

/** The part of @actions/core that the comment uses. */
export interface Core {
  notice: (message: string) => void;
  info: (message: string) => void;
}

export type Outcome = "created" | "updated" | "unchanged" | "skipped";

export declare function isFromFork(pullRequest: PullRequest): boolean;
export declare function isOurs(comment: Comment, marker?: string): boolean;
export declare function commentBody(markdown: string, where: { sha: string; runUrl: string }): string;
export declare function upsertStickyComment(options: { github: GitHubClient; context: Context; core: Core; body: string; marker?: string }): Promise<Outcome>;
export declare function commentSemanticDiff(options: { github: GitHubClient; context: Context; core: Core; file: string }): Promise<Outcome>;
