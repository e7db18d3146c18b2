export { Decompounder } from "./decompound.ts";
