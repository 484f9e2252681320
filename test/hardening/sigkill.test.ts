/**
 * "Nothing lost": SIGKILL the generator at seeded random points of the
 * write stage (after the k-th staged file, plus a few ms, so some kills land in
 * the swap), then run the recovery every command runs first, and require the
 * output folder to be the old tree or the new tree, byte for byte.
 *
 * The runs go through test/hardening/bin/generate-fixed-clock.ts (the CLI's
 * generate with a fixed clock) so that the clean reference trees are
 * reproducible byte for byte.
 */
import { spawn } from "node:child_process";
import { cpSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { readTree, recoverInterruptedWrite } from "../../generator/write.js";
import { SPEC_DECEMBER, SPEC_JUNE, tempDir } from "../helpers/paths.js";

const TARGET = resolve("test/hardening/bin/generate-fixed-clock.ts");
const TSX = pathToFileURL(resolve("node_modules/tsx/dist/loader.mjs")).href;
const RUNS = 10;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Files staged before the kill landed (as reported by the child). */
  staged: number;
  stderr: string;
}

/**
 * Run the generator with `--out generated` from the folder that holds `out`: the
 * CHANGELOG records the snapshot's path as given, so a relative one keeps every
 * run's bytes equal. When `killAfter` is set, SIGKILL it `delayMs` after it reports that many staged files. */
function runGenerator(spec: string, out: string, killAfter?: { files: number; delayMs: number }): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ["--import", TSX, TARGET, spec, "generated"], {
      cwd: dirname(out),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let staged = 0;
    let stderr = "";
    let buffer = "";
    let armed = false;
    const guard = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      staged += lines.filter((l) => l.startsWith("file ")).length;
      if (killAfter && !armed && staged >= killAfter.files) {
        armed = true;
        setTimeout(() => child.kill("SIGKILL"), killAfter.delayMs);
      }
    });
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code, signal) => {
      clearTimeout(guard);
      done({ code, signal, staged, stderr });
    });
  });
}

let oldDir: string;
let oldTree: Map<string, string>;
let newTree: Map<string, string>;
let fileCount: number;

beforeAll(async () => {
  oldDir = join(tempDir("opgen-kill-"), "generated");
  expect((await runGenerator(SPEC_JUNE, oldDir)).code).toBe(0);
  oldTree = await readTree(oldDir);
  const cleanNew = join(tempDir("opgen-kill-"), "generated");
  cpSync(oldDir, cleanNew, { recursive: true });
  const run = await runGenerator(SPEC_DECEMBER, cleanNew);
  expect(run.code, run.stderr).toBe(0);
  fileCount = run.staged;
  newTree = await readTree(cleanNew);
}, 240_000);

function sameTree(a: Map<string, string>, b: Map<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [path, text] of a) if (b.get(path) !== text) return false;
  return true;
}

describe("SIGKILL during writing never leaves a mix", () => {
  it("the clean runs give two different, non-empty trees", () => {
    expect(oldTree.size).toBeGreaterThan(3);
    expect(fileCount).toBeGreaterThan(3);
    expect(sameTree(oldTree, newTree)).toBe(false);
    expect(newTree.get("openapi.json")).not.toBe(oldTree.get("openapi.json"));
  });

  it(`${RUNS} seeded kills: after recovery the folder is the old tree or the new tree, byte for byte`, async () => {
    // Seeded: the same kill points every run; spread over every staged file, plus 0-30 ms so some land in the swap.
    const points = fc.sample(
      fc.record({ files: fc.integer({ min: 1, max: Math.max(1, fileCount) }), delayMs: fc.integer({ min: 0, max: 30 }) }),
      {
        numRuns: RUNS,
        seed: 8,
      },
    );
    const seen = { old: 0, new: 0, killed: 0 };
    for (const point of points) {
      const out = join(tempDir("opgen-kill-"), "generated");
      cpSync(oldDir, out, { recursive: true });
      const run = await runGenerator(SPEC_DECEMBER, out, point);
      if (run.signal === "SIGKILL") seen.killed++;
      await recoverInterruptedWrite(out);
      const tree = await readTree(out);
      const isOld = sameTree(tree, oldTree);
      const isNew = sameTree(tree, newTree);
      expect(isOld || isNew, `kill after ${point.files} files + ${point.delayMs} ms left a mix`).toBe(true);
      // Nothing of the killed run is left beside the folder: no staging or previous tree, whatever its name.
      expect(readdirSync(dirname(out)).filter((name) => name !== "generated")).toEqual([]);
      if (isOld) seen.old++;
      else seen.new++;
    }
    // The kills must really have landed during the write, not after the child had finished.
    expect(seen.killed).toBeGreaterThanOrEqual(RUNS / 2);
    expect(seen.old).toBeGreaterThan(0);
  }, 240_000);
});
