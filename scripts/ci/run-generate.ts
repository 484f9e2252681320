#!/usr/bin/env node
/**
 * `npm run generate` for GitHub Actions, called by the workflows in
 * .github/workflows/openphone-contract-*.yml:
 *
 *   npx tsx scripts/ci/run-generate.ts [npm run generate flags...]
 *
 * Runs `npm run generate -- <flags>` unchanged (its output, report and
 * $GITHUB_STEP_SUMMARY entry are the generator's own) and keeps its exit code,
 * then adds what a workflow needs around it:
 *   - one annotation (`::error` / `::notice` workflow command) saying what the
 *     exit code means and what to do, shown on the run and the pull request;
 *   - a line in $GITHUB_STEP_SUMMARY for outcomes the generator writes no
 *     report for (unchanged, stale output, unreachable, bad input, crash);
 *   - step outputs in $GITHUB_OUTPUT: `exit-code`, and `changed` (true when
 *     the upstream differed, i.e. the `--report` file was written).
 * Outside GitHub Actions (no $GITHUB_OUTPUT) it still prints the annotation,
 * which a terminal shows as a plain line.
 */
import { spawn } from "node:child_process";
import { appendFileSync, existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { EXIT } from "../../generator/errors.js";

export type AnnotationLevel = "error" | "warning" | "notice";

export interface Outcome {
  level: AnnotationLevel | undefined;
  title: string;
  message: string;
  /** The file the annotation points at, when there is one. */
  file?: string;
  /** A markdown line for the job summary, when the generator wrote none. */
  summary?: string;
}

/** GitHub's escaping for a workflow command's message: %, CR and LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** GitHub's escaping for a workflow command's property values: the message's, plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** `::error file=…,title=…::message`, the format GitHub Actions turns into an annotation. */
export function annotation(level: AnnotationLevel, title: string, message: string, file?: string): string {
  const properties = [...(file ? [`file=${escapeProperty(file)}`] : []), `title=${escapeProperty(title)}`].join(",");
  return `::${level} ${properties}::${escapeData(message)}`;
}

export interface GenerateArgs {
  check: boolean;
  accept: boolean;
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
    outDir: value("--out") ?? "generated",
    report: value("--report"),
  };
}

/** What an exit code of `npm run generate` means for the people reading the run (README "Exit codes"). */
export function describeOutcome(code: number, args: GenerateArgs, changed: boolean): Outcome {
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
      return {
        level: undefined,
        title: "",
        message: "",
        summary: args.check
          ? `**OpenPhone:** \`${args.outDir}/\` is up to date with its snapshot.`
          : `**OpenPhone:** the upstream contract matches the snapshot \`${snapshot}\`.`,
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

function runNpmGenerate(args: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", "generate", "--", ...args], { stdio: "inherit" });
    child.on("error", reject);
    // A signal (runner cancelled the job) has no exit code: report it as a crash.
    child.on("close", (code) => resolve(code ?? EXIT.internal));
  });
}

export async function main(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const parsed = readGenerateArgs(args);
  // The report file only exists when the upstream differed: a leftover would fake a change.
  if (parsed.report) rmSync(parsed.report, { force: true });
  const code = await runNpmGenerate(args);
  const changed = parsed.report !== undefined && existsSync(parsed.report);
  const outcome = describeOutcome(code, parsed, changed);
  if (outcome.level) process.stdout.write(`${annotation(outcome.level, outcome.title, outcome.message, outcome.file)}\n`);
  if (outcome.summary && env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, `${outcome.summary}\n\n`);
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `exit-code=${code}\nchanged=${changed}\n`);
  return code;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = await main(process.argv.slice(2));
}
