#!/usr/bin/env node
import { enableCompileCache } from "node:module";

// Node keeps the compiled code of styrdok and its dependencies on disk (in the system's
// temporary folder, checked against each file's source): a run no longer spends a third of a
// second compiling the same modules. It must be on before they load, hence the import below.
enableCompileCache();
const { main } = await import("./main.ts");

// A reader that stops reading (`styrdok export | head`) is not an error of ours: stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  stdinIsTTY: Boolean(process.stdin.isTTY),
});
process.exitCode = code;
