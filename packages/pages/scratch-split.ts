import { readFileSync } from "node:fs";
import { Decompounder } from "./src/decompound.ts";

const words: string[] = JSON.parse(readFileSync("../../site/dist/sok/ord.json", "utf8"));
const d = new Decompounder(words);
let n = 0;
const out: string[] = [];
for (const w of words) {
  if (w.length < 7) continue;
  const p = d.parts(w);
  if (p.length) {
    n++;
    out.push(`${w}: ${p.join(" ")}`);
  }
}
console.log(n);
console.log(
  out
    .filter((_, i) => i % 9 === 0)
    .slice(0, 200)
    .join("\n"),
);
