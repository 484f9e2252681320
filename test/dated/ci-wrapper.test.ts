/**
 * The CI wrapper (scripts/ci/run-generate.ts) with the repository's two upstreams and no
 * --upstream: one generate run per upstream, each summary line naming its own folder, one
 * `changed`/`exit-code` output for the job.
 */
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/paths.js";

describe("the CI wrapper with several upstreams", () => {
  it("--offline --check runs each upstream on its own and outputs one result", async () => {
    const dir = tempDir("opgen-ci-upstreams-");
    const summary = join(dir, "summary.md");
    const output = join(dir, "output.txt");
    writeFileSync(summary, "");
    writeFileSync(output, "");
    const env = { ...process.env, GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output, NO_COLOR: "1" };
    const code = await new Promise<number | null>((done) => {
      const child = spawn(
        process.execPath,
        [resolve("node_modules/tsx/dist/cli.mjs"), "scripts/ci/run-generate.ts", "--offline", "--check"],
        {
          env,
          stdio: "ignore",
        },
      );
      child.on("close", done);
    });
    expect(code).toBe(0);
    const lines = readFileSync(summary, "utf8");
    expect(lines).toContain("`generated/` is up to date");
    expect(lines).toContain("`generated-2026-03-30/` is up to date");
    expect(readFileSync(output, "utf8")).toBe("exit-code=0\nchanged=false\n");
  });
});
