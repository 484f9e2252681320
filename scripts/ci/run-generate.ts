#!/usr/bin/env node
/**
 * `npm run generate` for GitHub Actions, called by the workflows in
 * .github/workflows/openphone-contract-*.yml:
 *
 *   npx tsx scripts/ci/run-generate.ts [npm run generate flags...]
 *
 * Runs `npm run generate -- <flags>` (its output, report and
 * $GITHUB_STEP_SUMMARY entry are the generator's own) and keeps its exit code,
 * then adds what a workflow needs around it:
 *   - one annotation (`::error` / `::warning` / `::notice` workflow command)
 *     saying what the exit code means and what to do, and one per group of
 *     contract changes, each at the changed line of the snapshot;
 *   - a line in $GITHUB_STEP_SUMMARY for outcomes the generator writes no
 *     report for (unchanged, unreachable, stale output, bad input, crash);
 *   - step outputs in $GITHUB_OUTPUT: `exit-code`, and `changed` (true when
 *     the upstream differed, i.e. the `--report` file was written).
 *
 * It tells "matches the snapshot" from "could not compare" by the JSON status
 * `--report a.md` writes next to the report (`a.json`); without `--report` (and
 * not `--offline`) it passes one of its own in a temporary folder.
 *
 * Annotation paths are relative to the repository root ($GITHUB_WORKSPACE, else
 * `git rev-parse --show-toplevel`, else the working directory), so they attach
 * to files in a monorepo too (`tools/openphone-codegen/generated/openapi.json`).
 * At most 10 per level (GitHub shows no more); the rest are counted in one.
 * Outside GitHub Actions (no $GITHUB_OUTPUT) it still prints the annotations,
 * which a terminal shows as plain lines.
 */
import { spawn } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  type Annotation,
  type AnnotationLevel,
  capAnnotations,
  escapeData,
  escapeProperty,
  formatAnnotation,
} from "../../generator/diff/report/annotations.js";
import { changeAnnotations } from "../../generator/diff/report/github.js";
import { pointerLines } from "../../generator/diff/report/json-pointer-lines.js";
import { jsonReportPath } from "../../generator/diff/report/report-files.js";
import { repositoryPath, repositoryRoot } from "../../generator/diff/report/repository-path.js";
import type { Change } from "../../generator/diff/types.js";
import { EXIT, mostSevere } from "../../generator/errors.js";
import { readUpstreams, reportFileOf } from "../../generator/upstreams.js";

export type { AnnotationLevel };
export { escapeData, escapeProperty, repositoryPath, repositoryRoot };

export interface Outcome {
  level: AnnotationLevel | undefined;
  title: string;
  message: string;
  /** The file the annotation points at, when there is one (relative to the working directory). */
  file?: string;
  /** A markdown line for the job summary, when the generator wrote none. */
  summary?: string;
}

/** `::error file=…,title=…::message`, the format GitHub Actions turns into an annotation. */
export function annotation(level: AnnotationLevel, title: string, message: string, file?: string, line?: number): string {
  return formatAnnotation({ level, title, message, ...(file ? { file } : {}), ...(line ? { line } : {}) });
}

export interface GenerateArgs {
  check: boolean;
  accept: boolean;
  offline: boolean;
  outDir: string;
  report: string | undefined;
}

/** The few generate flags this wrapper needs to read; everything is passed on untouched. */
export function readGenerateArgs(args: readonly string[]): GenerateArgs {
  const value = (flag: string): string | undefined => {
    const index = args.indexOf(flag);
    if (index >= 0) return args[index + 1];
    const inline = args.find((arg) => arg.startsWith(`${flag}=`));
    return inline?.slice(flag.length + 1);
  };
  return {
    check: args.includes("--check"),
    accept: args.includes("--accept"),
    offline: args.includes("--offline"),
    outDir: value("--out") ?? "generated",
    report: value("--report"),
  };
}

/** What the generator found upstream, from the JSON next to the `--report` file. */
export interface UpstreamStatus {
  status: "changed" | "unchanged" | "unreachable";
  source: string;
  message?: string;
}

export interface RunReport {
  upstream?: UpstreamStatus;
  changes?: Change[];
}

/** What an exit code of `npm run generate` means for the people reading the run (README "Exit codes"). */
export function describeOutcome(code: number, args: GenerateArgs, changed: boolean, upstream?: UpstreamStatus): Outcome {
  const snapshot = join(args.outDir, "openapi.json");
  switch (code) {
    case EXIT.ok:
      if (changed && args.accept)
        return {
          level: "notice",
          title: "OpenPhone API contract change accepted",
          message: `The upstream contract changed and was accepted: ${snapshot}, the package version and its CHANGELOG were regenerated. The report is in the job summary.`,
          file: snapshot,
        };
      if (changed)
        return {
          level: "notice",
          title: "OpenPhone API changed below --fail-on",
          message:
            "The upstream contract changed, but only below the --fail-on level; generated/ was regenerated from the snapshot. The report is in the job summary.",
          file: snapshot,
        };
      if (upstream?.status === "unreachable")
        return {
          level: "warning",
          title: "OpenPhone upstream unreachable: contract not compared",
          message: `The published OpenAPI document could not be fetched (${upstream.message ?? upstream.source}), so it was NOT compared with ${snapshot}; ${args.outDir}/ was regenerated from the snapshot. The scheduled run (--require-upstream) fails on this; retry the job, or check the URL (OPENPHONE_SPEC_URL or --spec).`,
          file: snapshot,
          summary: `**OpenPhone:** warning: the upstream OpenAPI document could not be reached (${upstream.message ?? upstream.source}); the contract was **not** compared with \`${snapshot}\`. \`${args.outDir}/\` was regenerated from the snapshot only.`,
        };
      if (args.check)
        return { level: undefined, title: "", message: "", summary: `**OpenPhone:** \`${args.outDir}/\` is up to date with its snapshot.` };
      if (upstream?.status === "unchanged")
        return {
          level: undefined,
          title: "",
          message: "",
          summary: `**OpenPhone:** the upstream contract matches the snapshot \`${snapshot}\`.`,
        };
      return {
        level: undefined,
        title: "",
        message: "",
        summary: `**OpenPhone:** \`${args.outDir}/\` was regenerated from the snapshot \`${snapshot}\`; the upstream was not compared${args.offline ? " (--offline)" : ""}.`,
      };
    case EXIT.changed:
      if (args.check)
        return {
          level: "error",
          title: "Generated OpenPhone package is stale or edited",
          message: `${args.outDir}/ differs from a fresh generation from its snapshot (the files are listed in the log). Run \`npm run generate\` and commit the result; never edit ${args.outDir}/ by hand.`,
          summary: `**OpenPhone:** \`${args.outDir}/\` is stale or was edited by hand; run \`npm run generate\` and commit the result.`,
        };
      return {
        level: "error",
        title: "OpenPhone API contract changed",
        message: `The published OpenAPI document differs from the snapshot ${snapshot}. Read the report in the job summary, then accept it: run \`npm run generate -- --accept\` and commit ${args.outDir}/ (or merge the pull request the contract-accept workflow opens).`,
        file: snapshot,
      };
    case EXIT.badInput:
      return {
        level: "error",
        title: "OpenPhone generator: bad input",
        message: "npm run generate refused its input or flags (exit 2); the log names the file, the place and the fix.",
        summary: "**OpenPhone:** the generator refused its input (exit 2); see the job log.",
      };
    case EXIT.unreachable:
      return {
        level: "error",
        title: "OpenPhone upstream unreachable",
        message:
          "The published OpenAPI document could not be fetched and --require-upstream was given (exit 3). Retry the job; if it persists, check the URL (OPENPHONE_SPEC_URL or --spec).",
        summary: "**OpenPhone:** the upstream OpenAPI document could not be reached (exit 3); nothing was compared.",
      };
    default:
      return {
        level: "error",
        title: "OpenPhone generator crashed",
        message: `npm run generate failed with exit ${code}: an internal error in the generator. The stack is in the log; please report it.`,
        summary: `**OpenPhone:** the generator crashed (exit ${code}); see the job log.`,
      };
  }
}

/**
 * Every annotation of the run, capped: the outcome's first (it says what to do),
 * then one per group of contract changes at its line in the snapshot.
 */
export function runAnnotations(
  outcome: Outcome,
  report: RunReport | undefined,
  snapshotFile: string,
  root: string,
  cwd = process.cwd(),
): Annotation[] {
  const file = repositoryPath(snapshotFile, root, cwd);
  const all: Annotation[] = [];
  if (outcome.level) all.push({ level: outcome.level, title: outcome.title, message: outcome.message, ...(outcome.file ? { file } : {}) });
  if (report?.changes?.length) {
    const text = existsSync(snapshotFile) ? readFileSync(snapshotFile, "utf8") : undefined;
    const lines = text ? pointerLines(text) : undefined;
    const ctx = {
      base: { source: "", sha256: "" },
      revision: { source: "", sha256: "" },
      locate: (pointer: string) => ({ file, ...(lines ? { line: lines.lineOf(pointer) } : {}) }),
    };
    all.push(...changeAnnotations(report.changes, ctx));
  }
  return capAnnotations(all, "Every change is in the job summary and in the JSON report next to the --report file.");
}

function readRunReport(reportFile: string | undefined): RunReport | undefined {
  if (!reportFile) return undefined;
  const file = jsonReportPath(reportFile);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as RunReport;
  } catch {
    return undefined;
  }
}

function runNpmGenerate(args: readonly string[]): Promise<number> {
  return new Promise((done, reject) => {
    const child = spawn("npm", ["run", "--silent", "generate", "--", ...args], { stdio: "inherit" });
    child.on("error", reject);
    // A signal (runner cancelled the job) has no exit code: report it as a crash.
    child.on("close", (code) => done(code ?? EXIT.internal));
  });
}

/**
 * With several upstreams (openphone.upstreams.json) and no `--upstream`, each runs on its own,
 * with its own folder and report, so that every annotation names the right snapshot; the job's
 * exit code is the most severe and `changed` is true when any upstream changed.
 */
export async function main(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const picked = ["--upstream", "--spec", "--out"].some((flag) => args.some((a) => a === flag || a.startsWith(`${flag}=`)));
  const upstreams = picked ? [] : readUpstreams();
  if (upstreams.length < 2) return finish(await runOne(args, env), env);
  const parsed = readGenerateArgs(args);
  let code: number = EXIT.ok;
  let changed = false;
  for (const [index, upstream] of upstreams.entries()) {
    const report = parsed.report ? ["--report", reportFileOf(parsed.report, upstream, index)] : [];
    const rest = withoutReport(args);
    const run = await runOne([...rest, "--upstream", upstream.name, "--out", upstream.out, ...report], env);
    code = mostSevere(code, run.code);
    changed ||= run.changed;
  }
  return finish({ code, changed }, env);
}

function withoutReport(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--report") i++;
    else if (!args[i]?.startsWith("--report=")) out.push(args[i] as string);
  }
  return out;
}

function finish(run: { code: number; changed: boolean }, env: NodeJS.ProcessEnv): number {
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `exit-code=${run.code}\nchanged=${run.changed}\n`);
  return run.code;
}

async function runOne(args: readonly string[], env: NodeJS.ProcessEnv): Promise<{ code: number; changed: boolean }> {
  const parsed = readGenerateArgs(args);
  // Without a report file the wrapper could not tell "unchanged" from "unreachable": pass one of its own.
  let own: string | undefined;
  if (!parsed.report && !parsed.offline) {
    own = mkdtempSync(join(tmpdir(), "openphone-ci-"));
    parsed.report = join(own, "openphone-contract-report.md");
    args = [...args, "--report", parsed.report];
  }
  // The report files only exist when this run wrote them: a leftover would fake a change.
  if (parsed.report) {
    rmSync(parsed.report, { force: true });
    rmSync(jsonReportPath(parsed.report), { force: true });
  }
  const code = await runNpmGenerate(args);
  const changed = parsed.report !== undefined && existsSync(parsed.report);
  const report = readRunReport(parsed.report);
  const outcome = describeOutcome(code, parsed, changed, report?.upstream);
  const snapshot = join(parsed.outDir, "openapi.json");
  for (const line of runAnnotations(outcome, report, snapshot, repositoryRoot(env))) process.stdout.write(`${formatAnnotation(line)}\n`);
  if (outcome.summary && env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, `${outcome.summary}\n\n`);
  if (own) rmSync(own, { recursive: true, force: true });
  return { code, changed };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = await main(process.argv.slice(2));
}
