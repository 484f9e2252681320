/**
 * One writer per output folder: a second run waits for `<out>.lock` a bounded
 * time, then exits 2 naming the holder; a lock left by a dead process is taken
 * over; two concurrent `--accept` runs serialise, so the result is what the two
 * runs one after the other would give. All through the real CLI.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { copyTree, deadPid, isCleanRefusal, leftovers, normalizedTree, runCli, sameTree, workspace } from "./generator-cli.js";

const ROUNDS = 16;

let base: string;
let v1Tree: string;
let v1: Map<string, string>;
/** v1, then v2 accepted, then v3 accepted; and v1, v3, v2. */
let v2ThenV3: Map<string, string>;
let v3ThenV2: Map<string, string>;

const accept = (spec: string, ...extra: string[]) => ["generate", "--spec", spec, "--out", "generated", "--accept", ...extra];

beforeAll(async () => {
  base = workspace("opgen-lock-");
  v1Tree = join(base, "generated");
  const first = await runCli(accept("v1.json"), { cwd: base });
  expect(first.code, first.stderr).toBe(0);
  v1 = await normalizedTree(v1Tree);
  const sequential = async (order: [string, string]): Promise<Map<string, string>> => {
    const dir = workspace("opgen-lock-ref-");
    const out = copyTree(v1Tree, dir);
    for (const spec of order) {
      const run = await runCli(accept(spec), { cwd: dir });
      expect(run.code, run.stderr).toBe(0);
    }
    return normalizedTree(out);
  };
  [v2ThenV3, v3ThenV2] = await Promise.all([sequential(["v2.json", "v3.json"]), sequential(["v3.json", "v2.json"])]);
  expect(sameTree(v2ThenV3, v3ThenV2)).toBe(false);
}, 240_000);

function holdLock(dir: string, holder: { pid: number; host: string; startedAt: string }): string {
  const path = join(dir, "generated.lock");
  writeFileSync(path, JSON.stringify(holder));
  return path;
}

describe("the write lock", () => {
  it("a second run waits --lock-wait, then exits 2 naming the holder, and changes nothing", async () => {
    const dir = workspace("opgen-lock-held-");
    const out = copyTree(v1Tree, dir);
    const holder = { pid: process.pid, host: hostname(), startedAt: "2026-01-02T03:04:05.000Z" };
    const lock = holdLock(dir, holder);
    const run = await runCli(accept("v2.json", "--lock-wait", "1"), { cwd: dir });
    expect(isCleanRefusal(run), run.stderr).toBe(true);
    expect(run.stderr).toContain(`pid ${process.pid} on ${hostname()}`);
    expect(run.stderr).toContain(holder.startedAt);
    expect(run.stderr).toContain(lock);
    expect(run.stderr).toMatch(/--lock-wait/);
    expect(sameTree(await normalizedTree(out), v1)).toBe(true);
    // Not its lock: left for its holder.
    expect(JSON.parse(readFileSync(lock, "utf8"))).toEqual(holder);
  }, 60_000);

  it("a run that is waiting goes ahead as soon as the holder lets go", async () => {
    const dir = workspace("opgen-lock-wait-");
    const out = copyTree(v1Tree, dir);
    const lock = holdLock(dir, { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() });
    let stderr = "";
    const run = await runCli(accept("v2.json", "--lock-wait", "60"), {
      cwd: dir,
      onStderr: (text) => {
        stderr += text;
        if (stderr.includes("Waiting up to 60 s") && existsSync(lock)) rmSync(lock);
      },
    });
    expect(run.stderr).toContain("Waiting up to 60 s");
    expect(run.code, run.stderr).toBe(0);
    expect((await normalizedTree(out)).get("openapi.json")).toContain("createdAt");
    expect(leftovers(dir)).toEqual([]);
  }, 90_000);

  it("a lock left by a dead process on this host is taken over, and removed at the end", async () => {
    const dir = workspace("opgen-lock-stale-");
    const out = copyTree(v1Tree, dir);
    holdLock(dir, { pid: await deadPid(), host: hostname(), startedAt: "2026-01-02T03:04:05.000Z" });
    const run = await runCli(accept("v2.json", "--lock-wait", "0"), { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect((await normalizedTree(out)).get("openapi.json")).toContain("createdAt");
    expect(leftovers(dir)).toEqual([]);
  }, 60_000);

  it("a refused run releases its lock too", async () => {
    const dir = workspace("opgen-lock-release-");
    copyTree(v1Tree, dir);
    const run = await runCli(accept("no-such-spec.json"), { cwd: dir });
    expect(isCleanRefusal(run), run.stderr).toBe(true);
    expect(existsSync(join(dir, "generated.lock"))).toBe(false);
  }, 60_000);

  it(`${ROUNDS} rounds of two concurrent --accept runs: both succeed, the tree is what the two runs in sequence give`, async () => {
    const outcomes = { v2ThenV3: 0, v3ThenV2: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      const dir = workspace("opgen-lock-race-");
      const out = copyTree(v1Tree, dir);
      const [a, b] = await Promise.all([
        runCli(accept("v2.json", "--lock-wait", "600"), { cwd: dir }),
        runCli(accept("v3.json", "--lock-wait", "600"), { cwd: dir }),
      ]);
      expect([a.code, b.code], `round ${round}:\n${a.stderr}\n${b.stderr}`).toEqual([0, 0]);
      const tree = await normalizedTree(out);
      const first = sameTree(tree, v2ThenV3);
      const second = sameTree(tree, v3ThenV2);
      expect(first || second, `round ${round}: the tree is neither v1→v2→v3 nor v1→v3→v2`).toBe(true);
      outcomes[first ? "v2ThenV3" : "v3ThenV2"]++;
      expect(leftovers(dir), `round ${round}`).toEqual([]);
      rmSync(dir, { recursive: true, force: true });
    }
    expect(outcomes.v2ThenV3 + outcomes.v3ThenV2).toBe(ROUNDS);
  }, 1_200_000);
});
