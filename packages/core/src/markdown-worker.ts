// Runs in a worker thread: parses the Markdown it is sent and sends the tree back.
import { parentPort } from "node:worker_threads";
import { parseContentMarkdown } from "./markdown.ts";

// Imports are done: from now on the deadline measures parsing, not start-up.
parentPort!.postMessage({ ready: true });

parentPort!.on("message", (text: string) => {
  try {
    parentPort!.postMessage({ tree: parseContentMarkdown(text) });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
