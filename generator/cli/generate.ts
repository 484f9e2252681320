/**
 * `generate`: its flags and help. Runs the pipeline under the output folder's
 * write lock, after checking the folder can be replaced, so that a refusal comes
 * before anything is fetched or written.
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { describeError, EXIT, type ExitCode, exitCodeOf, InputError, mostSevere } from "../errors.js";
import { parseFailOn } from "../levels.js";
import { DEFAULT_FETCH_OPTIONS } from "../load/fetch.js";
import { consoleLogger, defaultGenerateOptions, type GenerateOptions, runGenerate } from "../pipeline.js";
import { readUpstreams, reportFileOf, selectUpstreams, UPSTREAMS_FILE } from "../upstreams.js";
import { checkOutputWritable } from "../write.js";
import { acquireWriteLock } from "../write-lock.js";

export const DEFAULT_LOCK_WAIT_SECONDS = 30;

export const GENERATE_HELP = `Usage: npm run generate -- [flags]

For each upstream in ${UPSTREAMS_FILE} (in order; without the file: v1 alone),
fetch its OpenAPI document, compare it with its committed snapshot
(<out>/openapi.json) and regenerate its package in <out>/.

  --upstream <name>     run this upstream only (default: all of them, in order)
  --spec <url|path|->   spec source: http(s) URL, file or FIFO, or - for stdin
                        (default: $OPENPHONE_SPEC_URL, else the upstream's URL; one upstream only)
  --offline             use the snapshot only; no network
  --accept              accept an upstream change: rewrite the snapshot, bump the version, regenerate
  --check               regenerate in memory; exit 1 listing files that differ on disk; write nothing
  --require-upstream    exit 3 when the upstream cannot be reached (default: warn, use the snapshot)
  --fail-on <level>     breaking | warning | info | docs | never (default: info)
  --report <file>       also write the markdown change report to <file>
  --ignore <file>       accepted changes (default: openphone-diff-ignore.json when it exists)
  --overlay <file>      corrections to the upstream, OpenAPI Overlay 1.0 (default: the upstream's, one upstream only)
  --names <file>        model name overrides (default: the upstream's, one upstream only)
  --webhooks <file>     webhook events, an OpenAPI 3.1 fragment (default: the upstream's, one upstream only)
  --out <dir>           output folder (default: the upstream's, e.g. generated; one upstream only)
  --lock-wait <seconds> how long to wait for another run writing the same --out (default: ${DEFAULT_LOCK_WAIT_SECONDS})
  --timeout <seconds>   per-attempt timeout reading the spec (default: 30)
  --max-size <MiB>      size cap on the document (default: 25)
  --verbose             print each stage's time
  -h, --help            this help

Exit codes: ${EXIT.ok} ok; ${EXIT.changed} contract changed (at or above --fail-on) or stale output (--check);
${EXIT.badInput} bad input or usage; ${EXIT.unreachable} upstream unreachable with --require-upstream; ${EXIT.internal} internal error.
With several upstreams each runs in turn, and the exit code is the most severe
(${EXIT.internal}, then ${EXIT.badInput}, ${EXIT.unreachable}, ${EXIT.changed}, ${EXIT.ok}).
Bad input includes a file system that refuses a read or write, and another run
still holding the output folder's lock after --lock-wait.`;

export async function generateCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      upstream: { type: "string" },
      spec: { type: "string" },
      offline: { type: "boolean", default: false },
      accept: { type: "boolean", default: false },
      check: { type: "boolean", default: false },
      "require-upstream": { type: "boolean", default: false },
      "fail-on": { type: "string", default: "info" },
      report: { type: "string" },
      out: { type: "string" },
      "lock-wait": { type: "string" },
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
  const failOn = parseFailOn(values["fail-on"]);
  if (values.offline && values.spec)
    throw new InputError("--offline and --spec contradict each other: --offline reads only the snapshot. Drop one of them.");
  if (values.offline && values.accept)
    throw new InputError("--offline and --accept contradict each other: there is nothing new to accept offline. Drop one of them.");
  if (values.check && values.accept) throw new InputError("--check writes nothing, so it cannot --accept. Run them separately.");
  // Read only when the upstream differs, so a wrong path would otherwise go unnoticed until the day it matters.
  if (values.ignore !== undefined && !existsSync(values.ignore)) {
    throw new InputError(
      `The ignore file ${values.ignore} given to --ignore does not exist. Create it (a JSON array of {"id", "location", "reason"}) or drop --ignore.`,
    );
  }
  const lockWaitMs = number(values["lock-wait"], "--lock-wait", DEFAULT_LOCK_WAIT_SECONDS, 0) * 1000;
  const upstreams = selectUpstreams(readUpstreams(), values.upstream);
  const envSource = process.env.OPENPHONE_SPEC_URL?.trim() || undefined;
  if (upstreams.length > 1) {
    // These name one upstream's source, folder or corrections: which one would be a guess.
    const given = (["spec", "out", "overlay", "names", "webhooks"] as const)
      .filter((flag) => values[flag] !== undefined)
      .map((f) => `--${f}`);
    if (envSource) given.push("$OPENPHONE_SPEC_URL");
    if (given.length > 0) {
      const flags = given.join(", ");
      throw new InputError(
        `${flags} ${given.length > 1 ? "describe" : "describes"} one upstream, but this run covers ${upstreams.length} (${upstreams.map((u) => u.name).join(", ")}, from ${UPSTREAMS_FILE}). Add --upstream <name> to pick one${envSource ? " (or unset $OPENPHONE_SPEC_URL)" : ""}.`,
      );
    }
  }
  const base = {
    offline: values.offline,
    accept: values.accept,
    check: values.check,
    requireUpstream: values["require-upstream"],
    failOn,
    verbose: values.verbose,
    fetch: {
      ...DEFAULT_FETCH_OPTIONS,
      timeoutMs: number(values.timeout, "--timeout", DEFAULT_FETCH_OPTIONS.timeoutMs / 1000) * 1000,
      maxBytes: Math.floor(number(values["max-size"], "--max-size", DEFAULT_FETCH_OPTIONS.maxBytes / 2 ** 20) * 2 ** 20),
    },
    color: process.stdout.isTTY === true && !process.env.NO_COLOR,
    ...(values.ignore ? { ignoreFile: values.ignore } : {}),
    ...(process.env.GITHUB_STEP_SUMMARY ? { stepSummaryFile: process.env.GITHUB_STEP_SUMMARY } : {}),
  };
  const several = upstreams.length > 1;
  let worst: ExitCode = EXIT.ok;
  for (const [index, upstream] of upstreams.entries()) {
    const options = defaultGenerateOptions({
      ...base,
      source: values.spec ?? envSource ?? upstream.url,
      outDir: values.out ?? upstream.out,
      upstream: upstream.name,
      packageName: upstream.packageName,
      overlayFile: values.overlay ?? upstream.overlay,
      namesFile: values.names ?? upstream.names,
      webhooksFile: values.webhooks ?? upstream.webhooks,
      ...(values.report ? { reportFile: several ? reportFileOf(values.report, upstream, index) : values.report } : {}),
    });
    if (several) consoleLogger.out(`== upstream ${upstream.name} (${options.outDir}/) ==`);
    let code: ExitCode;
    try {
      code = (await runOne(options, lockWaitMs)) as ExitCode;
    } catch (error) {
      // One upstream's bad input must not hide what the others would say: report it and go on.
      if (!several || exitCodeOf(error) === EXIT.internal) throw error;
      process.stderr.write(`${describeError(error)}\n`);
      code = exitCodeOf(error);
    }
    worst = mostSevere(worst, code);
  }
  return worst;
}

/** One upstream: under its output folder's write lock, after checking the folder can be replaced. */
async function runOne(options: GenerateOptions, lockWaitMs: number): Promise<number> {
  // --check only reads the folder: no lock, so CI checks never queue behind a writer.
  if (options.check) return runGenerate(options);
  const lock = await acquireWriteLock(options.outDir, {
    waitMs: lockWaitMs,
    onWait: (holder, path) =>
      options.log.info(
        `Waiting up to ${lockWaitMs / 1000} s for pid ${holder.pid} on ${holder.host} (started ${holder.startedAt}), which is writing ${options.outDir} (lock ${path}).`,
      ),
  });
  try {
    await checkOutputWritable(options.outDir);
    return await runGenerate(options);
  } finally {
    await lock.release();
  }
}

/** A number flag: positive, or at least `min` when given. */
function number(raw: string | undefined, flag: string, fallback: number, min?: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  const ok = raw.trim() !== "" && Number.isFinite(value) && (min === undefined ? value > 0 : value >= min);
  if (!ok)
    throw new InputError(
      `${flag} takes a ${min === undefined ? "positive" : "non-negative"} number of seconds or MiB; got ${JSON.stringify(raw)}.`,
    );
  return value;
}
