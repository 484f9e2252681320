import { spawn } from "node:child_process";
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { annotation, describeOutcome, escapeData, escapeProperty, readGenerateArgs } from "../../scripts/ci/run-generate.js";
import { type SpecServer, serveFile, serveText, startSpecServer } from "../../scripts/serve-spec.js";
import { GENERATED, OVERLAY_ARGS, SNAPSHOT, snapshotWithoutAnOperation } from "../helpers/generated.js";
import { tempDir } from "../helpers/paths.js";

describe("annotation format (GitHub workflow commands)", () => {
  it.each([
    ["50% done\r\nnext", "50%25 done%0D%0Anext"],
    ["a: b, c", "a: b, c"],
  ])("message %j → %j", (given, want) => {
    expect(escapeData(given)).toBe(want);
  });

  it.each([
    ["generated/openapi.json", "generated/openapi.json"],
    ["a: b, c%\n", "a%3A b%2C c%25%0A"],
  ])("property %j → %j", (given, want) => {
    expect(escapeProperty(given)).toBe(want);
  });

  it("puts properties before the message, file first", () => {
    expect(annotation("error", "Contract: changed", "line 1\nline 2", "out/openapi.json")).toBe(
      "::error file=out/openapi.json,title=Contract%3A changed::line 1%0Aline 2",
    );
    expect(annotation("notice", "t", "m")).toBe("::notice title=t::m");
  });
});

describe("readGenerateArgs and describeOutcome", () => {
  it("reads the flags it needs, in both spellings", () => {
    expect(readGenerateArgs(["--accept", "--out", "pkg", "--report=r.md"])).toEqual({
      check: false,
      accept: true,
      offline: false,
      outDir: "pkg",
      report: "r.md",
    });
    expect(readGenerateArgs(["--offline", "--check"])).toEqual({
      check: true,
      accept: false,
      offline: true,
      outDir: "generated",
      report: undefined,
    });
  });

  const compare = readGenerateArgs(["--report", "r.md"]);
  const check = readGenerateArgs(["--offline", "--check"]);
  const accept = readGenerateArgs(["--accept", "--report", "r.md"]);
  it.each([
    [0, compare, false, undefined, ""],
    [0, compare, true, "notice", "OpenPhone API changed below --fail-on"],
    [0, accept, true, "notice", "OpenPhone API contract change accepted"],
    [1, compare, true, "error", "OpenPhone API contract changed"],
    [1, check, false, "error", "Generated OpenPhone package is stale or edited"],
    [2, compare, false, "error", "OpenPhone generator: bad input"],
    [3, compare, false, "error", "OpenPhone upstream unreachable"],
    [4, compare, false, "error", "OpenPhone generator crashed"],
  ] as const)("exit %i (%j, changed %s) → %s %s", (code, args, changed, level, title) => {
    const outcome = describeOutcome(code, args, changed);
    expect(outcome.level).toBe(level);
    expect(outcome.title).toBe(title);
  });
});

/**
 * The wrapper end to end, as the workflows run it: `npm run generate` under
 * it, a real upstream on 127.0.0.1, $GITHUB_STEP_SUMMARY and $GITHUB_OUTPUT
 * files like the runner's. The package folder is a copy of the package under test
 * (test/helpers/generated.ts); the upstream served is its own snapshot, or the snapshot
 * with one operation taken out (a real, breaking contract change), so these hold for any
 * snapshot a user has accepted.
 */
interface Run {
  code: number | null;
  stdout: string;
  summary: string;
  outputs: Record<string, string>;
  out: string;
  report: string;
}

async function runWrapper(args: (out: string, report: string) => string[]): Promise<Run> {
  const dir = tempDir("opgen-ci-");
  const out = join(dir, "package");
  cpSync(GENERATED, out, { recursive: true });
  const report = join(dir, "report.md");
  const summaryFile = join(dir, "summary.md");
  const outputFile = join(dir, "output.txt");
  writeFileSync(summaryFile, "");
  writeFileSync(outputFile, "");
  const env = { ...process.env, GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: summaryFile, GITHUB_OUTPUT: outputFile, NO_COLOR: "1" };
  const child = spawn(
    process.execPath,
    [resolve("node_modules/tsx/dist/cli.mjs"), "scripts/ci/run-generate.ts", "--upstream", "v1", ...args(out, report), ...OVERLAY_ARGS],
    {
      env,
    },
  );
  let stdout = "";
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr.resume();
  const code = await new Promise<number | null>((done) => child.on("close", done));
  const outputs = Object.fromEntries(
    readFileSync(outputFile, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => line.split("=", 2) as [string, string]),
  );
  return { code, stdout, summary: readFileSync(summaryFile, "utf8"), outputs, out, report };
}

let server: SpecServer | undefined;
/** The snapshot minus one operation, as an upstream would publish it. */
const changedUpstream = () => serveText(200, "application/json", JSON.stringify(snapshotWithoutAnOperation().document));

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("scripts/ci/run-generate.ts in a GitHub Actions-like environment", () => {
  it("contract changed: exit 1, the report in the job summary, an error annotation on the snapshot, changed=true", async () => {
    server = await startSpecServer({ "/spec.json": changedUpstream() });
    const run = await runWrapper((out, report) => ["--spec", `${server!.url}/spec.json`, "--out", out, "--report", report]);
    expect(run.code).toBe(1);
    expect(run.outputs).toEqual({ "exit-code": "1", changed: "true" });
    const report = readFileSync(run.report, "utf8");
    expect(report).toMatch(/^## OpenPhone API contract change/);
    expect(report).toContain(snapshotWithoutAnOperation().removed);
    expect(run.summary).toContain(report);
    // The outcome first (what to do), then one per group of changes; test/ci/ checks paths, lines and the cap.
    const annotations = run.stdout.split("\n").filter((line) => line.startsWith("::"));
    expect(annotations[0]).toMatch(/^::error file=[^,]*openapi\.json,title=OpenPhone API contract changed::The published/);
    expect(annotations.length).toBeGreaterThan(1);
  });

  it("--accept on a change: exit 0, the package's version bumped, a notice, changed=true (the accept workflow then opens the PR)", async () => {
    server = await startSpecServer({ "/spec.json": changedUpstream() });
    const before = JSON.parse(readFileSync(join(GENERATED, "package.json"), "utf8")).version;
    const run = await runWrapper((out, report) => ["--spec", `${server!.url}/spec.json`, "--out", out, "--report", report, "--accept"]);
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({ "exit-code": "0", changed: "true" });
    expect(JSON.parse(readFileSync(join(run.out, "package.json"), "utf8")).version).not.toBe(before);
    expect(existsSync(run.report)).toBe(true);
    expect(run.stdout).toContain("::notice file=");
  });

  it("unchanged upstream: exit 0, no annotation, changed=false, one summary line", async () => {
    server = await startSpecServer({ "/spec.json": serveFile(SNAPSHOT) });
    const run = await runWrapper((out, report) => ["--spec", `${server!.url}/spec.json`, "--out", out, "--report", report]);
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({ "exit-code": "0", changed: "false" });
    expect(run.stdout).not.toContain("::");
    expect(run.summary).toMatch(/^\*\*OpenPhone:\*\* the upstream contract matches the snapshot/);
  });

  it("unreachable upstream with --require-upstream: exit 3 and an error annotation", async () => {
    server = await startSpecServer({});
    const url = `${server.url}/spec.json`;
    await server.close();
    server = undefined;
    const run = await runWrapper((out) => ["--spec", url, "--out", out, "--require-upstream", "--timeout", "2"]);
    expect(run.code).toBe(3);
    expect(run.stdout).toContain("::error title=OpenPhone upstream unreachable::");
    expect(run.summary).toContain("could not be reached");
  });

  it("--offline --check on a hand-edited package: exit 1 and the stale-output annotation", async () => {
    const run = await runWrapper((out) => {
      writeFileSync(join(out, "dist/index.js"), "export const edited = true;\n");
      return ["--offline", "--check", "--out", out];
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("changed  dist/index.js");
    expect(run.stdout).toContain("::error title=Generated OpenPhone package is stale or edited::");
  });
});
