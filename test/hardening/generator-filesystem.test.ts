/**
 * The file system says no: a read-only output folder, a file where a folder is
 * expected, a report path that cannot be written, leftovers of a killed run.
 * Each refusal exits 2 with the path and the fix (no stack, no "internal
 * error"), says nothing was accepted, and leaves the old tree as it was.
 *
 * Read-only cases: as root, chmod restricts nothing, so the CLI runs as `nobody`
 * (UNPRIVILEGED) over a folder that user owns; as any other user, plain chmod.
 */
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type CliOptions,
  chownTree,
  copyTree,
  deadPid,
  IS_ROOT,
  isCleanRefusal,
  leftovers,
  normalizedTree,
  READ_ONLY_TESTABLE,
  runCli,
  sameTree,
  UNPRIVILEGED,
  workspace,
} from "./generator-cli.js";

let v1Tree: string;
let v1: Map<string, string>;
let v2: Map<string, string>;

const accept = (spec: string, ...extra: string[]) => ["generate", "--spec", spec, "--out", "generated", "--accept", ...extra];

beforeAll(async () => {
  const base = workspace("opgen-fs-");
  v1Tree = join(base, "generated");
  const first = await runCli(accept("v1.json"), { cwd: base });
  expect(first.code, first.stderr).toBe(0);
  v1 = await normalizedTree(v1Tree);
  const second = workspace("opgen-fs-");
  const out = copyTree(v1Tree, second);
  expect((await runCli(accept("v2.json"), { cwd: second })).code).toBe(0);
  v2 = await normalizedTree(out);
}, 120_000);

/** Every folder under `dir` (itself included) made read-only, for the user the CLI will run as. */
function makeReadOnly(dir: string): CliOptions["user"] {
  const folders = [
    dir,
    ...readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isDirectory())
      .map((e) => join(e.parentPath, e.name)),
  ];
  if (IS_ROOT) chownTree(join(dir, ".."), UNPRIVILEGED);
  for (const folder of folders) chmodSync(folder, 0o555);
  return IS_ROOT ? UNPRIVILEGED : undefined;
}

function makeWritable(dir: string): void {
  chmodSync(dir, 0o755);
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (e.isDirectory()) chmodSync(join(e.parentPath, e.name), 0o755);
}

describe("file-system refusals exit 2 and replace nothing", () => {
  it.skipIf(!READ_ONLY_TESTABLE.ok)(
    `a read-only output folder is refused before anything is fetched${IS_ROOT ? " (run as nobody: root ignores modes)" : ""}${READ_ONLY_TESTABLE.ok ? "" : ` (${READ_ONLY_TESTABLE.reason})`}`,
    async () => {
      const dir = workspace("opgen-fs-ro-");
      const out = copyTree(v1Tree, dir);
      const user = makeReadOnly(out);
      const run = await runCli(accept("v2.json"), { cwd: dir, ...(user ? { user } : {}) });
      expect(isCleanRefusal(run), run.stderr).toBe(true);
      expect(run.stderr).toMatch(/output folder generated is not writable/);
      expect(run.stderr).toMatch(/chmod -R u\+w generated|choose another --out/);
      expect(run.stderr + run.stdout).not.toMatch(/Accepted the upstream change/);
      // Refused before the fetch: no report was printed either.
      expect(run.stdout).toBe("");
      expect(sameTree(await normalizedTree(out), v1)).toBe(true);
      expect(leftovers(dir)).toEqual([]);

      // Once writable again, the next run works: nothing was left to block it.
      makeWritable(out);
      const again = await runCli(accept("v2.json"), { cwd: dir, ...(user ? { user } : {}) });
      expect(again.code, again.stderr).toBe(0);
      expect(sameTree(await normalizedTree(out), v2)).toBe(true);
      expect(leftovers(dir)).toEqual([]);
    },
    90_000,
  );

  it("an output folder under a file (ENOTDIR) is refused naming the path", async () => {
    const dir = workspace("opgen-fs-notdir-");
    writeFileSync(join(dir, "plain-file"), "not a folder\n");
    const run = await runCli(["generate", "--spec", "v1.json", "--out", "plain-file/generated", "--accept"], { cwd: dir });
    expect(isCleanRefusal(run), run.stderr).toBe(true);
    expect(run.stderr).toMatch(/plain-file\/generated\.lock.*ENOTDIR; a part of the path is a file where a folder is expected/s);
  }, 60_000);

  it("an output path that is a file is refused", async () => {
    const dir = workspace("opgen-fs-file-");
    writeFileSync(join(dir, "generated"), "a file\n");
    const run = await runCli(accept("v1.json"), { cwd: dir });
    expect(isCleanRefusal(run), run.stderr).toBe(true);
    expect(run.stderr).toMatch(/The output path generated \(--out\) is a file, not a folder/);
  }, 60_000);

  it("a --report that cannot be written exits 2 naming it; nothing is accepted or replaced", async () => {
    const dir = workspace("opgen-fs-report-");
    const out = copyTree(v1Tree, dir);
    writeFileSync(join(dir, "reports"), "a file where the report folder should be\n");
    const run = await runCli(accept("v2.json", "--report", "reports/change.md"), { cwd: dir });
    expect(isCleanRefusal(run), run.stderr).toBe(true);
    expect(run.stderr).toMatch(/Cannot write reports\/change\.md: reports is a file, not a folder/);
    expect(run.stderr).not.toMatch(/Accepted the upstream change/);
    expect(sameTree(await normalizedTree(out), v1)).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  }, 60_000);
});

describe("the output path as given", () => {
  it("--out with a trailing slash stages beside the folder, not inside it", async () => {
    const dir = workspace("opgen-fs-slash-");
    const out = copyTree(v1Tree, dir);
    const run = await runCli(["generate", "--spec", "v2.json", "--out", "generated/", "--accept"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(sameTree(await normalizedTree(out), v2)).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  }, 60_000);
});

describe("leftovers of a killed run never block a later one", () => {
  it("stray staging folders of dead runs (and of earlier versions) are removed", async () => {
    const dir = workspace("opgen-fs-stray-");
    const out = copyTree(v1Tree, dir);
    const pid = await deadPid();
    for (const name of [`generated.next-${pid}-0badc0de`, `generated.prev-${pid}-0badc0de`, "generated.next", "generated.prev"]) {
      mkdirSync(join(dir, name, "src"), { recursive: true });
      writeFileSync(join(dir, name, "src", "half.ts"), "export const half = ");
    }
    writeFileSync(join(out, ".complete"), "");
    const run = await runCli(accept("v2.json"), { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(sameTree(await normalizedTree(out), v2)).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  }, 60_000);

  it("a swap cut between its two renames is rolled forward, leaving nothing behind", async () => {
    const dir = workspace("opgen-fs-cut-");
    const pid = await deadPid();
    // What SIGKILL right after `generated` → `generated.prev-T` leaves: no generated/, both halves of the swap.
    cpSync(v1Tree, join(dir, `generated.prev-${pid}-00c0ffee`), { recursive: true });
    const newTree = join(workspace("opgen-fs-cut-new-"), "generated");
    cpSync(v1Tree, newTree, { recursive: true });
    const made = await runCli(accept("v2.json"), { cwd: join(newTree, "..") });
    expect(made.code, made.stderr).toBe(0);
    cpSync(newTree, join(dir, `generated.next-${pid}-00c0ffee`), { recursive: true });
    const run = await runCli(["generate", "--offline", "--out", "generated"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(sameTree(await normalizedTree(join(dir, "generated")), v2)).toBe(true);
    expect(existsSync(join(dir, "generated", ".complete"))).toBe(false);
    expect(leftovers(dir)).toEqual([]);
  }, 90_000);
});
