/**
 * The accept flow as a user meets it: a copy of the project (node_modules linked, not
 * copied), another real upstream served on 127.0.0.1, `npm run generate -- --accept`, then
 * the snapshot-driven suites (suites.ts) and the generated package's type-check against what
 * was accepted. Green here means an accept pull request passes its own CI.
 *
 * Cost, both upstreams: about 64 s of CPU (57 s user, 7 s system; measured with
 * /usr/bin/time), so about a minute on 2 idle cores and up to 4 minutes on a loaded machine.
 * The inner suites' child processes (CI wrapper, launcher, Prism) take most of it. Run it
 * alone with `npx vitest run test/accept/accept-other-upstream.test.ts`.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type SpecServer, serveFile, startSpecServer } from "../../scripts/serve-spec.js";
import { readSnapshotMeta } from "../helpers/generated.js";
import { ROOT, tempDir, UPSTREAM_FIXTURES } from "../helpers/paths.js";
import { SNAPSHOT_SUITES } from "./suites.js";

/** Not part of a user's clone, or rebuilt by the run. */
const LEFT_OUT = new Set(["node_modules", ".git", ".tmp", "generated.next", "generated.prev"]);

function copyProject(): string {
  const dir = join(tempDir("opgen-accept-"), "project");
  cpSync(ROOT, dir, { recursive: true, filter: (source) => !LEFT_OUT.has(source.slice(ROOT.length + 1).split("/")[0] ?? "") });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

interface Run {
  code: number | null;
  output: string;
}

/** A child process in the copy; its output kept for the failure message. */
function run(cwd: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  // The outer vitest's own variables would make the inner one think it is a worker.
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("VITEST")));
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...base, ...env, OPENPHONE_SPEC_URL: "", GITHUB_STEP_SUMMARY: "", NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  return new Promise((done) => child.on("close", (code) => done({ code, output })));
}

const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** The real upstream fixtures other than the one the snapshot was accepted from. */
function otherRealUpstreams(): string[] {
  const current = readSnapshotMeta().rawSha256;
  return readdirSync(UPSTREAM_FIXTURES)
    .filter((name) => name.endsWith(".json"))
    .map((name) => join(UPSTREAM_FIXTURES, name))
    .filter((file) => sha256(file) !== current);
}

const UNSEEN = join(ROOT, "test/fixtures/unseen");
const UPSTREAMS: Array<{ name: string; file: string; overlay?: string }> = [
  // The first real document the snapshot is not: v1 as published on another day.
  ...otherRealUpstreams()
    .slice(0, 1)
    .map((file) => ({ name: file.slice(ROOT.length + 1), file })),
  // Shapes no published document has yet; the project's overlay corrects operations it lacks.
  // Its overlay is given relative to the project (the copy's own file).
  {
    name: "test/fixtures/unseen/call-notes.json",
    file: join(UNSEEN, "call-notes.json"),
    overlay: "test/fixtures/unseen/call-notes.overlay.json",
  },
];

let server: SpecServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("accepting another upstream keeps the snapshot-driven suites green", () => {
  it("has another real upstream to accept", () => {
    expect(UPSTREAMS.length).toBe(2);
  });

  it.each(UPSTREAMS)(
    "$name",
    async ({ file, overlay }) => {
      const dir = copyProject();
      server = await startSpecServer({ "/openapi.json": serveFile(file) });
      const url = `${server.url}/openapi.json`;
      const overlayArgs = overlay ? ["--overlay", overlay] : [];

      const accepted = await run(dir, ["scripts/launch.mjs", "generate", "--upstream", "v1", "--spec", url, "--accept", ...overlayArgs]);
      expect(accepted.code, `in ${dir}:\n${accepted.output}`).toBe(0);
      const meta = JSON.parse(readFileSync(join(dir, "generated/openapi.meta.json"), "utf8"));
      expect(meta.source).toBe(url);
      expect(meta.rawSha256).toBe(sha256(file));

      const typecheck = await run(dir, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.generated.json", "--noEmit"]);
      expect(typecheck.code, `in ${dir}:\n${typecheck.output}`).toBe(0);

      const suites = await run(
        dir,
        ["node_modules/vitest/vitest.mjs", "run", ...SNAPSHOT_SUITES],
        overlay ? { OPENPHONE_OVERLAY: overlay } : {},
      );
      expect(suites.code, `in ${dir}:\n${suites.output.slice(-6000)}`).toBe(0);
      expect(suites.output).toMatch(new RegExp(`Test Files\\s+${SNAPSHOT_SUITES.length} passed`));
      // Only a passing copy is removed: a failing one stays for a look (its path is in the output).
      rmSync(dirname(dir), { recursive: true, force: true });
    },
    // Generous: the CPU is about 30 s per upstream, but a loaded machine stretches the wall time.
    420_000,
  );
});
