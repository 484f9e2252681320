#!/usr/bin/env node
/**
 * Command line: flags, help and exit codes only. Everything else lives in the stages.
 *   generate  fetch the upstream, compare with the snapshot, regenerate generated/
 *   diff      compare two OpenAPI documents (files or URLs)
 */
import { parseArgs } from "node:util";
import { InputError } from "./errors.js";
import { DEFAULT_FETCH_OPTIONS, PUBLISHED_SPEC_URL } from "./load/fetch.js";
import { consoleLogger, defaultGenerateOptions, EXIT, type FailOn, runGenerate } from "./pipeline.js";

const GENERATE_HELP = `Usage: npm run generate -- [flags]

Fetch the OpenPhone OpenAPI document, compare it with the committed snapshot
(generated/openapi.json) and regenerate the package in generated/.

  --spec <url|path>     spec source (default: $OPENPHONE_SPEC_URL, else the published URL)
  --offline             use the snapshot only; no network
  --accept              accept an upstream change: rewrite the snapshot, bump the version, regenerate
  --check               regenerate in memory; exit 1 listing files that differ on disk; write nothing
  --require-upstream    exit 3 when the upstream cannot be reached (default: warn, use the snapshot)
  --fail-on <level>     breaking | warning | info | docs | never (default: info)
  --report <file>       also write the markdown change report to <file>
  --ignore <file>       accepted changes (default: openphone-diff-ignore.json when it exists)
  --overlay <file>      corrections to the upstream, OpenAPI Overlay 1.0 (default: openphone.overlay.json when it exists)
  --names <file>        model name overrides (default: openphone.names.json when it exists)
  --webhooks <file>     webhook events, an OpenAPI 3.1 fragment (default: openphone.webhooks.json when it exists)
  --out <dir>           output folder (default: generated)
  --timeout <seconds>   per-attempt fetch timeout (default: 30)
  --max-size <MiB>      size cap on the downloaded document (default: 25)
  --verbose             print each stage's time
  -h, --help            this help

Exit codes: 0 ok; 1 contract changed (at or above --fail-on) or stale output (--check);
2 bad input or usage; 3 upstream unreachable with --require-upstream; 4 internal error.`;

const FAIL_ON = ["breaking", "warning", "info", "docs", "never"] as const;

async function generate(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      spec: { type: "string" },
      offline: { type: "boolean", default: false },
      accept: { type: "boolean", default: false },
      check: { type: "boolean", default: false },
      "require-upstream": { type: "boolean", default: false },
      "fail-on": { type: "string", default: "info" },
      report: { type: "string" },
      out: { type: "string", default: "generated" },
      timeout: { type: "string" },
      "max-size": { type: "string" },
      ignore: { type: "string" },
      overlay: { type: "string" },
      names: { type: "string" },
      webhooks: { type: "string" },
      verbose: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    consoleLogger.out(GENERATE_HELP);
    return EXIT.ok;
  }
  const failOn = values["fail-on"] as FailOn;
  if (!FAIL_ON.includes(failOn)) throw new InputError(`--fail-on must be one of ${FAIL_ON.join(", ")}; got ${JSON.stringify(failOn)}.`);
  if (values.offline && values.spec)
    throw new InputError("--offline and --spec contradict each other: --offline reads only the snapshot. Drop one of them.");
  if (values.offline && values.accept)
    throw new InputError("--offline and --accept contradict each other: there is nothing new to accept offline. Drop one of them.");
  if (values.check && values.accept) throw new InputError("--check writes nothing, so it cannot --accept. Run them separately.");
  const envSource = process.env.OPENPHONE_SPEC_URL?.trim();
  const source = values.spec ?? (envSource ? envSource : PUBLISHED_SPEC_URL);
  return runGenerate(
    defaultGenerateOptions({
      source,
      outDir: values.out,
      offline: values.offline,
      accept: values.accept,
      check: values.check,
      requireUpstream: values["require-upstream"],
      failOn,
      verbose: values.verbose,
      fetch: {
        ...DEFAULT_FETCH_OPTIONS,
        timeoutMs: positiveNumber(values.timeout, "--timeout", DEFAULT_FETCH_OPTIONS.timeoutMs / 1000) * 1000,
        maxBytes: Math.floor(positiveNumber(values["max-size"], "--max-size", DEFAULT_FETCH_OPTIONS.maxBytes / 2 ** 20) * 2 ** 20),
      },
      color: process.stdout.isTTY === true && !process.env.NO_COLOR,
      ...(values.report ? { reportFile: values.report } : {}),
      ...(values.ignore ? { ignoreFile: values.ignore } : {}),
      ...(values.overlay ? { overlayFile: values.overlay } : {}),
      ...(values.names ? { namesFile: values.names } : {}),
      ...(values.webhooks ? { webhooksFile: values.webhooks } : {}),
      ...(process.env.GITHUB_STEP_SUMMARY ? { stepSummaryFile: process.env.GITHUB_STEP_SUMMARY } : {}),
    }),
  );
}

function positiveNumber(raw: string | undefined, flag: string, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new InputError(`${flag} takes a positive number; got ${JSON.stringify(raw)}.`);
  return value;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === "generate") return await generate(rest);
    if (command === "diff") {
      const { runDiffCommand } = await import("./diff/command.js");
      return await runDiffCommand(rest);
    }
    consoleLogger.out(`Usage: tsx generator/cli.ts <generate|diff> [flags]  (see --help of each)`);
    return command === "--help" || command === "-h" ? EXIT.ok : EXIT.badInput;
  } catch (error) {
    if (error instanceof InputError || (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))) {
      process.stderr.write(`error: ${error.message}\n`);
      return EXIT.badInput;
    }
    // Not the input's fault: a bug in the generator. Distinct from 1, which CI reads as "contract changed".
    process.stderr.write(`internal error (please report): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.internal;
  }
}

process.exitCode = await main(process.argv.slice(2));
