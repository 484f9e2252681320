/**
 * The CI wrapper as a monorepo runs it: the package under
 * tools/openphone-codegen/, $GITHUB_WORKSPACE at the repository root, a real
 * upstream on 127.0.0.1, the runner's summary and output files. Checks the
 * annotation paths and lines, the cap, and what an unreachable upstream says.
 */
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type SpecServer, serveFile, startSpecServer } from "../../scripts/serve-spec.js";
import { SPEC_DECEMBER, tempDir } from "../helpers/paths.js";

const CODEGEN_DIR = "tools/openphone-codegen";
const SNAPSHOT = `${CODEGEN_DIR}/generated/openapi.json`;

interface Run {
  code: number | null;
  annotations: string[];
  summary: string;
  workspace: string;
}

async function runInMonorepo(args: (out: string, report: string) => string[]): Promise<Run> {
  const workspace = tempDir("opgen-monorepo-");
  const out = join(workspace, CODEGEN_DIR, "generated");
  mkdirSync(out, { recursive: true });
  cpSync(resolve("generated"), out, { recursive: true });
  const summaryFile = join(workspace, "summary.md");
  const outputFile = join(workspace, "output.txt");
  writeFileSync(summaryFile, "");
  writeFileSync(outputFile, "");
  const report = join(workspace, "runner-temp", "openphone-contract-report.md");
  mkdirSync(join(workspace, "runner-temp"));
  const env = {
    ...process.env,
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    NO_COLOR: "1",
  };
  const child = spawn(
    process.execPath,
    [resolve("node_modules/tsx/dist/cli.mjs"), "scripts/ci/run-generate.ts", "--upstream", "v1", ...args(out, report)],
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
  return {
    code,
    annotations: stdout.split("\n").filter((line) => line.startsWith("::")),
    summary: readFileSync(summaryFile, "utf8"),
    workspace,
  };
}

let server: SpecServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("scripts/ci/run-generate.ts in a monorepo (tools/openphone-codegen)", () => {
  it("a contract change: paths from the repository root, lines in the snapshot, at most 10 per level", async () => {
    server = await startSpecServer({ "/spec.json": serveFile(SPEC_DECEMBER) });
    const run = await runInMonorepo((out, report) => ["--spec", `${server!.url}/spec.json`, "--out", out, "--report", report]);
    expect(run.code).toBe(1);

    // Every annotation with a file names the snapshot relative to the repository root.
    const files = run.annotations.flatMap((a) => [...(/ file=([^,:]+)/.exec(a)?.slice(1) ?? [])]);
    expect(files.length).toBeGreaterThan(5);
    expect(new Set(files)).toEqual(new Set([SNAPSHOT]));

    // The removed GET /v1/contacts points at its `"get"` under `"/v1/contacts"` in the snapshot.
    const snapshotLines = readFileSync(join(run.workspace, SNAPSHOT), "utf8").split("\n");
    const removed = run.annotations.find((a) => a.includes("operation-removed (GET /v1/contacts)"));
    const line = Number(/,line=(\d+),/.exec(removed ?? "")?.[1]);
    expect(snapshotLines[line - 1]).toMatch(/^\s*"get": \{/);
    const parent = snapshotLines
      .slice(0, line - 1)
      .reverse()
      .find((l) => /^\s{4}"\//.test(l));
    expect(parent).toMatch(/^\s*"\/v1\/contacts": \{/);

    // GitHub shows 10 per level: the breaking groups and the outcome make more errors than that.
    for (const level of ["error", "warning", "notice"]) {
      const list = run.annotations.filter((a) => a.startsWith(`::${level} `));
      expect(list.length, level).toBeLessThanOrEqual(10);
    }
    const errors = run.annotations.filter((a) => a.startsWith("::error "));
    expect(errors[0]).toContain("title=OpenPhone API contract changed");
    expect(errors.at(-1)).toMatch(/title=\d+ more errors not shown::/);
    // The E.164 pattern dropped from many phone fields is one warning naming the places.
    expect(run.annotations.filter((a) => a.includes("pattern-removed"))).toHaveLength(1);
  });

  it("an unreachable upstream on a pull request: exit 0, a warning annotation and a summary that says nothing was compared", async () => {
    server = await startSpecServer({});
    const url = `${server.url}/spec.json`;
    await server.close();
    server = undefined;
    const run = await runInMonorepo((out, report) => ["--spec", url, "--out", out, "--report", report, "--timeout", "2"]);
    expect(run.code).toBe(0);
    expect(run.annotations).toHaveLength(1);
    expect(run.annotations[0]).toMatch(
      new RegExp(`^::warning file=${SNAPSHOT.replace(/\//g, "\\/")},title=OpenPhone upstream unreachable%3A contract not compared::`),
    );
    expect(run.summary).toContain("could not be reached");
    expect(run.summary).toContain("**not** compared");
    expect(run.summary).not.toContain("matches the snapshot");
  });

  it("without --report it still tells an unreachable upstream from an unchanged one", async () => {
    server = await startSpecServer({});
    const url = `${server.url}/spec.json`;
    await server.close();
    server = undefined;
    const run = await runInMonorepo((out) => ["--spec", url, "--out", out, "--timeout", "2"]);
    expect(run.code).toBe(0);
    expect(run.annotations[0]).toMatch(/^::warning .*unreachable/);
    expect(run.summary).not.toContain("matches the snapshot");
  });
});
