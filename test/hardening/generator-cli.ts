/**
 * Shared by the generator-*.test.ts hardening tests: the real CLI as a child
 * process (never in-process: exit codes, stderr and the lock are what is tested),
 * a tiny OpenAPI document in three versions, and tree snapshots to compare.
 *
 * Runs happen in a temporary working directory, so the repository's overlay and
 * names files (which fit only the real OpenPhone document) are not picked up.
 */
import { spawn, spawnSync } from "node:child_process";
import { chownSync, cpSync, existsSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Readable } from "node:stream";
import { pathToFileURL } from "node:url";
import { readTree } from "../../generator/write.js";
import { ROOT, tempDir } from "../helpers/paths.js";

const CLI = resolve(ROOT, "generator/cli.ts");
const TSX = pathToFileURL(resolve(ROOT, "node_modules/tsx/dist/loader.mjs")).href;

/** `nobody`: as root, chmod restricts nothing, so read-only cases run the CLI as this user instead. */
export const UNPRIVILEGED = { uid: 65534, gid: 65534 };
export const IS_ROOT = process.getuid?.() === 0;

/**
 * Whether the read-only cases can run here: as root only when `nobody` can read
 * the repository (a checkout under a 0700 home cannot); otherwise they are skipped
 * with that reason in their title.
 */
export const READ_ONLY_TESTABLE: { ok: true } | { ok: false; reason: string } = (() => {
  if (!IS_ROOT) return { ok: true };
  const probe = spawnSync(process.execPath, ["-e", `require("fs").accessSync(${JSON.stringify(CLI)}, 4)`], {
    ...UNPRIVILEGED,
    stdio: "ignore",
  });
  return probe.status === 0 ? { ok: true } : { ok: false, reason: "skipped: running as root and user nobody cannot read the repository" };
})();

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd: string;
  /** Written to the child's stdin, then closed; or a stream piped in. Default: no stdin. */
  stdin?: string | Readable;
  /** Run as this user (root only). */
  user?: { uid: number; gid: number };
  /** Killed (SIGKILL) after this long: a hang becomes a failed assertion, not a stuck suite. */
  killAfterMs?: number;
  /** Called with each stderr chunk as it arrives. */
  onStderr?: (text: string) => void;
}

/** `node generator/cli.ts <args>` through tsx, as `npm run generate` / `npm run diff` would run it. */
export function runCli(args: string[], options: CliOptions): Promise<CliRun> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ["--import", TSX, CLI, ...args], {
      cwd: options.cwd,
      stdio: [options.stdin === undefined ? "ignore" : "pipe", "pipe", "pipe"],
      env: { ...process.env, OPENPHONE_SPEC_URL: "", GITHUB_STEP_SUMMARY: "", NO_COLOR: "1" },
      ...(options.user ?? {}),
    });
    let stdout = "";
    let stderr = "";
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
      options.onStderr?.(chunk);
    });
    if (child.stdin) {
      child.stdin.on("error", () => {}); // EPIPE when the CLI stops reading: what some tests want
      if (typeof options.stdin === "string") child.stdin.end(options.stdin);
      else options.stdin?.pipe(child.stdin);
    }
    const guard = setTimeout(() => child.kill("SIGKILL"), options.killAfterMs ?? 120_000);
    child.on("close", (code, signal) => {
      clearTimeout(guard);
      done({ code, signal, stdout, stderr });
    });
  });
}

/** A tiny valid OpenAPI 3.1 document; each version adds one optional response property. */
export function tinySpec(version: 1 | 2 | 3): string {
  const properties: Record<string, unknown> = { id: { type: "string" }, name: { type: "string" } };
  if (version >= 2) properties.createdAt = { type: "string", format: "date-time" };
  if (version >= 3) properties.ownerId = { type: "string" };
  return `${JSON.stringify(
    {
      openapi: "3.1.0",
      info: { title: "Tiny", version: `1.${version}` },
      paths: {
        "/v1/things/{id}": {
          get: {
            operationId: "getThing_v1",
            parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
            responses: {
              "200": {
                description: "ok",
                content: {
                  "application/json": {
                    schema: {
                      type: "object",
                      properties: { data: { type: "object", properties, required: ["id"] } },
                      required: ["data"],
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    null,
    2,
  )}\n`;
}

/** A working directory holding `v1.json`, `v2.json`, `v3.json`. */
export function workspace(prefix: string): string {
  const dir = tempDir(prefix);
  for (const version of [1, 2, 3] as const) writeFileSync(join(dir, `v${version}.json`), tinySpec(version));
  return dir;
}

/** A copy of `tree` as `<dir>/generated`. */
export function copyTree(tree: string, dir: string): string {
  const out = join(dir, "generated");
  cpSync(tree, out, { recursive: true });
  return out;
}

/** Timestamps (meta's fetchedAt, CHANGELOG dates) differ run to run; everything else must not. */
export async function normalizedTree(dir: string): Promise<Map<string, string>> {
  const tree = await readTree(dir);
  for (const [path, text] of tree) tree.set(path, text.replace(/\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?Z)?/g, "<date>"));
  return tree;
}

export function sameTree(a: Map<string, string>, b: Map<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [path, text] of a) if (b.get(path) !== text) return false;
  return true;
}

/** What a run left beside `<dir>/generated`: staging folders, locks. */
export function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((name) => /^generated\./.test(name));
}

export function chownTree(path: string, user: { uid: number; gid: number }): void {
  chownSync(path, user.uid, user.gid);
  if (!existsSync(path)) return;
  for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) {
    chownSync(join(entry.parentPath, entry.name), user.uid, user.gid);
  }
}

/** A pid that is certainly not running: a child that has already exited. */
export function deadPid(): Promise<number> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
    const pid = child.pid as number;
    child.on("close", () => done(pid));
  });
}

/** No stack trace and no "internal error": what every refusal of bad input must look like. */
export function isCleanRefusal(run: CliRun): boolean {
  return run.code === 2 && !/internal error|\n\s+at /.test(run.stderr);
}
