// The fuzzers' longer run: `npm run toolchain -- pnpm task:fuzz [minutes] [--seed N] [--only TEXT]`.
// Runs every property of properties.ts (or those whose name holds TEXT) round after round, each
// round with more runs than `npm test` gives them and a seed of its own, until the minutes (5 by
// default) are up. It prints the seed it started from; on a failure, the property, the seed and
// the input, how to replay it, and a test of that input to paste.
//
// The properties run in a child process, which tells this one each input before it runs it: a
// run that hangs (a synchronous loop, which no timer inside the process can stop) is killed
// after a while and reported with its input, like any other failure.
import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { asProperty, type FuzzProperty, properties } from "./properties.ts";

/** Silence from the child for this long means a run hangs: the slowest runs take seconds, a body's parse is stopped after 10 s. */
const HANG_MS = 180_000;
/** Each round gives every property this many times its runs in `npm test`. */
const ROUND_FACTOR = 10;

type Message =
  | { type: "run"; property: string; input: unknown }
  | { type: "round"; property: string; seed: number; runs: number }
  | { type: "failure"; property: string; seed?: number; path?: string; input: unknown; error: string }
  | { type: "done" };

const literal = (value: unknown) => JSON.stringify(value, null, 2);

function chosen(only: string | undefined): Array<FuzzProperty<unknown>> {
  return properties.filter((fuzz) => only === undefined || fuzz.name.includes(only));
}

/** The child: rounds of every chosen property until the deadline, telling the parent each input. */
async function child(seed: number, deadline: number, only: string | undefined): Promise<void> {
  const send = (message: Message) => process.send!(message);
  let current: { property: string; input: unknown } = { property: "", input: undefined };
  process.on("unhandledRejection", (error) => {
    send({ type: "failure", property: current.property, input: current.input, error: `unhandled rejection: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` });
    process.exit(1);
  });
  for (let round = 0; Date.now() < deadline; round++) {
    for (const [index, fuzz] of chosen(only).entries()) {
      const left = deadline - Date.now();
      if (left <= 0) break;
      const roundSeed = (seed + round * 7919 + index) | 0;
      const runs = fuzz.runs * ROUND_FACTOR;
      send({ type: "round", property: fuzz.name, seed: roundSeed, runs });
      const property = asProperty(fuzz, (input) => {
        current = { property: fuzz.name, input };
        send({ type: "run", property: fuzz.name, input });
      });
      const details = await fc.check(property, { numRuns: runs, seed: roundSeed, timeout: 60_000, interruptAfterTimeLimit: left });
      if (details.failed) {
        const error = details.errorInstance instanceof Error ? (details.errorInstance.stack ?? details.errorInstance.message) : String(details.errorInstance);
        send({ type: "failure", property: fuzz.name, seed: roundSeed, path: details.counterexamplePath ?? "", input: details.counterexample?.[0], error });
        process.exit(1);
      }
    }
  }
  send({ type: "done" });
  process.exit(0);
}

function report(message: Extract<Message, { type: "failure" }>): void {
  const out = [
    "",
    `FAILED: ${message.property}`,
    message.seed !== undefined ? `seed ${message.seed}${message.path ? `, path ${message.path}` : ""}` : "",
    message.error,
    "",
    "The input:",
    literal(message.input),
    "",
    ...(message.seed !== undefined
      ? [
          "Replay it (the bounded run, with this seed and enough runs):",
          `  STYRDOK_FUZZ_SEED=${message.seed} STYRDOK_FUZZ_RUNS=${chosen(undefined).find((fuzz) => fuzz.name === message.property)!.runs * ROUND_FACTOR} npm run toolchain -- pnpm exec vitest run --config test/vitest.config.ts --project unit test/fuzz/fuzz.test.ts -t ${JSON.stringify(message.property)}`,
          "",
        ]
      : []),
    "As a test that fails until it is fixed (checkCase from test/fuzz/properties.ts); keep it as a plain test of the smallest input that still fails, beside the code it concerns:",
    `  it(${JSON.stringify(`${message.property}: found by task:fuzz`)}, () => checkCase(${JSON.stringify(message.property)}, ${JSON.stringify(message.input)}));`,
    "",
  ];
  process.stdout.write(`${out.filter((line, index) => line !== "" || out[index - 1] !== "").join("\n")}\n`);
}

async function parent(args: string[]): Promise<number> {
  let minutes = 5;
  let seed = (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
  let only: string | undefined;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === "--seed") seed = Number(args[++index]) | 0;
    else if (arg === "--only") only = args[++index];
    else if (/^\d+(\.\d+)?$/.test(arg)) minutes = Number(arg);
    else {
      process.stderr.write("usage: pnpm task:fuzz [minutes] [--seed N] [--only TEXT]\n");
      return 2;
    }
  }
  if (chosen(only).length === 0) {
    process.stderr.write(`no property's name holds "${only}"\n`);
    return 2;
  }
  process.stdout.write(`Fuzzing for ${minutes} min from seed ${seed} (again: pnpm task:fuzz ${minutes} --seed ${seed}${only ? ` --only ${JSON.stringify(only)}` : ""}).\n`);
  const deadline = Date.now() + minutes * 60_000;
  const started = Date.now();
  const runs = new Map<string, number>();
  const worker: ChildProcess = fork(fileURLToPath(import.meta.url), ["--child", String(seed), String(deadline), ...(only ? [only] : [])], { stdio: "inherit" });
  let last: { property: string; input: unknown } | undefined;
  let round: { seed: number } | undefined;
  let failed = false;
  let heard = Date.now();
  const watchdog = setInterval(() => {
    if (Date.now() - heard < HANG_MS) return;
    failed = true;
    worker.kill("SIGKILL");
    report({ type: "failure", property: last?.property ?? "?", ...(round ? { seed: round.seed } : {}), input: last?.input, error: `no answer for ${HANG_MS / 1000} s: the run hangs` });
  }, 1000);
  worker.on("message", (message: Message) => {
    heard = Date.now();
    if (message.type === "round") round = message;
    else if (message.type === "run") {
      last = { property: message.property, input: message.input };
      runs.set(message.property, (runs.get(message.property) ?? 0) + 1);
    } else if (message.type === "failure") {
      failed = true;
      report(message);
    }
  });
  const code = await new Promise<number>((resolve) => worker.on("exit", (exitCode) => resolve(exitCode ?? 1)));
  clearInterval(watchdog);
  process.stdout.write(`\n${[...runs].map(([property, count]) => `${String(count).padStart(7)} runs  ${property}`).join("\n")}\n`);
  process.stdout.write(`${failed || code !== 0 ? "Failed" : "No failure"} in ${((Date.now() - started) / 60_000).toFixed(1)} min, from seed ${seed}.\n`);
  return failed || code !== 0 ? 1 : 0;
}

const args = process.argv.slice(2);
if (args[0] === "--child") await child(Number(args[1]), Number(args[2]), args[3]);
else process.exit(await parent(args));
