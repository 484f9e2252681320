/**
 * `generate`: its flags and help. Runs the pipeline under the output folder's
 * write lock, after checking the folder can be replaced, so that a refusal comes
 * before anything is fetched or written.
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { EXIT, InputError } from "../errors.js";
import { parseFailOn } from "../levels.js";
import { DEFAULT_FETCH_OPTIONS, PUBLISHED_SPEC_URL } from "../load/fetch.js";
import { consoleLogger, defaultGenerateOptions, runGenerate } from "../pipeline.js";
import { checkOutputWritable } from "../write.js";
import { acquireWriteLock } from "../write-lock.js";

export const DEFAULT_LOCK_WAIT_SECONDS = 30;

export const GENERATE_HELP = `Usage: npm run generate -- [flags]

Fetch the OpenPhone OpenAPI document, compare it with the committed snapshot
(generated/openapi.json) and regenerate the package in generated/.

  --spec <url|path|->   spec source: http(s) URL, file or FIFO, or - for stdin
                        (default: $OPENPHONE_SPEC_URL, else the published URL)
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
  --lock-wait <seconds> how long to wait for another run writing the same --out (default: ${DEFAULT_LOCK_WAIT_SECONDS})
  --timeout <seconds>   per-attempt timeout reading the spec (default: 30)
  --max-size <MiB>      size cap on the document (default: 25)
  --verbose             print each stage's time
  -h, --help            this help

Exit codes: ${EXIT.ok} ok; ${EXIT.changed} contract changed (at or above --fail-on) or stale output (--check);
${EXIT.badInput} bad input or usage; ${EXIT.unreachable} upstream unreachable with --require-upstream; ${EXIT.internal} internal error.
Bad input includes a file system that refuses a read or write, and another run
still holding the output folder's lock after --lock-wait.`;

export async function generateCommand(argv: string[]): Promise<number> {
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
  const envSource = process.env.OPENPHONE_SPEC_URL?.trim();
  const source = values.spec ?? (envSource ? envSource : PUBLISHED_SPEC_URL);
  const options = defaultGenerateOptions({
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
      timeoutMs: number(values.timeout, "--timeout", DEFAULT_FETCH_OPTIONS.timeoutMs / 1000) * 1000,
      maxBytes: Math.floor(number(values["max-size"], "--max-size", DEFAULT_FETCH_OPTIONS.maxBytes / 2 ** 20) * 2 ** 20),
    },
    color: process.stdout.isTTY === true && !process.env.NO_COLOR,
    ...(values.report ? { reportFile: values.report } : {}),
    ...(values.ignore ? { ignoreFile: values.ignore } : {}),
    ...(values.overlay ? { overlayFile: values.overlay } : {}),
    ...(values.names ? { namesFile: values.names } : {}),
    ...(values.webhooks ? { webhooksFile: values.webhooks } : {}),
    ...(process.env.GITHUB_STEP_SUMMARY ? { stepSummaryFile: process.env.GITHUB_STEP_SUMMARY } : {}),
  });
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
