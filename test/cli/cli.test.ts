import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { SPEC_JUNE, tempDir } from "../helpers/paths.js";

/** The real command line, as CI runs it: exit codes and messages. */
function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "generator/cli.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, OPENPHONE_SPEC_URL: "", GITHUB_STEP_SUMMARY: "" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("cli", () => {
  it("documents every flag and exit code in --help", () => {
    const { code, stdout } = cli("generate", "--help");
    expect(code).toBe(0);
    for (const flag of [
      "--spec",
      "--offline",
      "--accept",
      "--check",
      "--require-upstream",
      "--fail-on",
      "--report",
      "--out",
      "--timeout",
      "--max-size",
      "--verbose",
    ]) {
      expect(stdout).toContain(flag);
    }
    expect(stdout).toMatch(/Exit codes: 0 ok; 1 .*2 bad input or usage; 3 upstream unreachable/s);
  });

  it.each([
    [["generate", "--no-such-flag"], /Unknown option '--no-such-flag'/],
    [["generate", "--fail-on", "sometimes"], /--fail-on must be one of/],
    [["generate", "--offline", "--accept"], /contradict/],
    [["generate", "--timeout", "soon"], /--timeout takes a positive number/],
    [["generate", "--upstream", "v1", "--spec", "does-not-exist.json", "--out", "OUT"], /Cannot read the spec file does-not-exist\.json/],
    [["frobnicate"], /Usage/],
  ])("exits 2 on bad usage or input: %j", (args, message) => {
    const out = tempDir();
    const { code, stdout, stderr } = cli(...args.map((a) => (a === "OUT" ? out : a)));
    expect(code).toBe(2);
    expect(stdout + stderr).toMatch(message);
  });

  it("accepts a spec file into a fresh folder and exits 0", () => {
    const out = tempDir();
    const { code, stderr } = cli("generate", "--upstream", "v1", "--spec", SPEC_JUNE, "--accept", "--out", out);
    expect(stderr).toContain("created it from the upstream");
    expect(code).toBe(0);
  });
});
