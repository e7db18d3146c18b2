// Types for chromium.mjs, which stays plain JavaScript so that Node 18 can run it.
import type { SpawnSyncReturns } from "node:child_process";

export declare const SHIPPED_PACKAGE: string;
export declare const SHIPPED_VERSION: string;
export declare const SYSTEM_PATHS: string[];

export declare function isExecutableFile(path: string): boolean;
export declare function shippedChromiumPath(toolchainDir: string): string;
export declare function locateChromium(options: { toolchainDir: string; env?: NodeJS.ProcessEnv; systemPaths?: string[] }): string | undefined;

export type RunCommand = (command: string, args: string[], options?: { input?: Buffer; stdio?: unknown }) => Pick<SpawnSyncReturns<string | Buffer>, "status" | "stdout" | "stderr" | "error">;

export declare class ChromiumMissing extends Error {}

export declare function ensureChromium(options: {
  toolchainDir: string;
  npmInstall: (prefix: string, packages: string[]) => number | null;
  env?: NodeJS.ProcessEnv;
  systemPaths?: string[];
  run?: RunCommand;
  log?: (line: string) => void;
  platform?: string;
  arch?: string;
  uid?: number | undefined;
}): Promise<string>;
