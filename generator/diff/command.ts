/**
 * `npm run diff -- <base> <revision> [--format json|markdown|text|github]
 *                  [--fail-on breaking|warning|info|docs|never] [--ignore <file>]`
 *
 * Exit codes: 0 no change at or above --fail-on; 1 such changes; 2 bad input or usage.
 * The report goes to stdout, errors to stderr.
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { InputError } from "../errors.js";
import {
  applyIgnores,
  DEFAULT_IGNORE_FILE,
  diffSpecs,
  loadIgnoreFile,
  REPORT_FORMATS,
  type ReportFormat,
  reachesThreshold,
  renderReport,
  SEVERITIES,
  type Severity,
} from "./index.js";
import { loadSide } from "./load.js";
import { fileLocator } from "./report/repository-path.js";

export const DIFF_HELP = `Usage: npm run diff -- <base> <revision> [flags]

Compare two OpenAPI documents (file paths or http(s) URLs) and report every
contract change with its severity (breaking, warning, info, docs).

  --format <f>      text | markdown | json | github (default: text)
  --fail-on <level> breaking | warning | info | docs | never (default: breaking)
  --ignore <file>   accepted changes (default: ${DEFAULT_IGNORE_FILE} when it exists)
  -h, --help        this help

Exit codes: 0 no change at or above --fail-on; 1 changes at or above it; 2 bad input or usage.`;

export interface DiffIo {
  out(text: string): void;
  err(text: string): void;
  isTty: boolean;
}

const processIo: DiffIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  isTty: process.stdout.isTTY === true && !process.env.NO_COLOR,
};

export async function runDiffCommand(argv: string[], io: DiffIo = processIo): Promise<number> {
  if (io === processIo) ignoreClosedStdout();
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof InputError || (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))) {
      io.err(`error: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

/** `npm run diff -- a b | head` closes stdout early; that is the reader's choice, not a crash. */
function ignoreClosedStdout(): void {
  if (process.stdout.listenerCount("error") > 0) return;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
}

async function run(argv: string[], io: DiffIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: {
      format: { type: "string", default: "text" },
      "fail-on": { type: "string", default: "breaking" },
      ignore: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.out(`${DIFF_HELP}\n`);
    return 0;
  }
  if (positionals.length !== 2) {
    throw new InputError(
      `diff takes exactly two documents, <base> and <revision> (files or http(s) URLs); got ${positionals.length}. Example: npm run diff -- generated/openapi.json https://example.com/openapi.json`,
    );
  }
  const format = values.format as ReportFormat;
  if (!REPORT_FORMATS.includes(format))
    throw new InputError(`--format must be one of ${REPORT_FORMATS.join(", ")}; got ${JSON.stringify(values.format)}.`);
  const failOn = values["fail-on"] as Severity | "never";
  if (failOn !== "never" && !SEVERITIES.includes(failOn)) {
    throw new InputError(`--fail-on must be one of ${[...SEVERITIES, "never"].join(", ")}; got ${JSON.stringify(values["fail-on"])}.`);
  }
  if (values.ignore !== undefined && !existsSync(values.ignore)) {
    throw new InputError(
      `The ignore file ${values.ignore} given to --ignore does not exist. Create it (a JSON array of {"id", "location", "reason"}) or drop --ignore.`,
    );
  }
  const ignores = loadIgnoreFile(values.ignore ?? DEFAULT_IGNORE_FILE);

  const [baseSource, revisionSource] = positionals as [string, string];
  const [base, revision] = await Promise.all([loadSide(baseSource, "base"), loadSide(revisionSource, "revision")]);
  const { kept, ignored } = applyIgnores(diffSpecs(base.document, revision.document), ignores);
  io.out(
    renderReport(format, kept, {
      base: { source: base.source, sha256: base.sha256 },
      revision: { source: revision.source, sha256: revision.sha256 },
      color: format === "text" && io.isTty,
      // Annotations point at the line of each change in the local file that holds it.
      ...(format === "github" ? { locate: fileLocator([revisionSource, baseSource]) } : {}),
    }),
  );
  if (ignored.length > 0) io.err(`${ignored.length} change(s) accepted by the ignore file.\n`);
  return reachesThreshold(kept, failOn) ? 1 : 0;
}
