/**
 * `npm run diff -- <base> <revision> [--format json|markdown|text|github]
 *                  [--fail-on breaking|warning|info|docs|never] [--ignore <file>]`
 *
 * Exit codes (errors.ts EXIT): 0 no change at or above --fail-on; 1 such changes;
 * 2 bad input or usage; 3 a URL could not be reached. The report goes to stdout,
 * errors to stderr. Documents are read by load/document.ts, as `generate` reads them.
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import type { JsonObject } from "../core.js";
import {
  applyIgnores,
  DEFAULT_IGNORE_FILE,
  diffSpecs,
  loadIgnoreFile,
  REPORT_FORMATS,
  type ReportFormat,
  reachesThreshold,
} from "../diff/index.js";
import { fileLocator } from "../diff/report/repository-path.js";
import { resolveRef } from "../diff/schema-view.js";
import { describeError, EXIT, exitCodeOf, InputError } from "../errors.js";
import { escapePointer, isObject } from "../json.js";
import { parseFailOn } from "../levels.js";
import { loadDocument } from "../load/document.js";
import { DEFAULT_FETCH_OPTIONS, type FetchOptions } from "../load/fetch.js";
import { renderWithSurface } from "../surface/render.js";
import { surfaceWhenChanged } from "../surface/when.js";

export const DIFF_HELP = `Usage: npm run diff -- <base> <revision> [flags]

Compare two OpenAPI documents (file paths, http(s) URLs, or - for stdin) and report every
contract change with its severity (breaking, warning, info, docs).

  --format <f>      text | markdown | json | github (default: text)
  --fail-on <level> breaking | warning | info | docs | never (default: breaking)
  --ignore <file>   accepted changes (default: ${DEFAULT_IGNORE_FILE} when it exists)
  -h, --help        this help

Exit codes: 0 no change at or above --fail-on; 1 changes at or above it; 2 bad input or usage;
3 a URL could not be reached (after retries).`;

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
    io.err(`${describeError(error)}\n`);
    return exitCodeOf(error);
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
    return EXIT.ok;
  }
  if (positionals.length !== 2) {
    throw new InputError(
      `diff takes exactly two documents, <base> and <revision> (files or http(s) URLs); got ${positionals.length}. Example: npm run diff -- generated/openapi.json https://example.com/openapi.json`,
    );
  }
  const format = values.format as ReportFormat;
  if (!REPORT_FORMATS.includes(format))
    throw new InputError(`--format must be one of ${REPORT_FORMATS.join(", ")}; got ${JSON.stringify(values.format)}.`);
  const failOn = parseFailOn(values["fail-on"]);
  if (values.ignore !== undefined && !existsSync(values.ignore)) {
    throw new InputError(
      `The ignore file ${values.ignore} given to --ignore does not exist. Create it (a JSON array of {"id", "location", "reason"}) or drop --ignore.`,
    );
  }
  const ignores = loadIgnoreFile(values.ignore ?? DEFAULT_IGNORE_FILE);

  const [baseSource, revisionSource] = positionals as [string, string];
  if (baseSource === "-" && revisionSource === "-") throw new InputError("Only one of <base> and <revision> can be - (stdin).");
  const [base, revision] = await Promise.all([loadSide(baseSource, "base"), loadSide(revisionSource, "revision")]);
  const { kept, ignored } = applyIgnores(diffSpecs(base.document, revision.document), ignores);
  // Both packages generated in memory, as the upstream wrote them (no overlay: that corrects one snapshot).
  const surface = await surfaceWhenChanged(base.document, revision.document, kept);
  const context = {
    base: { source: base.source, sha256: base.sha256 },
    revision: { source: revision.source, sha256: revision.sha256 },
    color: format === "text" && io.isTty,
    // Annotations point at the line of each change in the local file that holds it.
    ...(format === "github" ? { locate: fileLocator([revisionSource, baseSource]) } : {}),
  };
  io.out(renderWithSurface(format, kept, context, surface));
  if (ignored.length > 0) io.err(`${ignored.length} change(s) accepted by the ignore file.\n`);
  return reachesThreshold(kept, failOn) ? EXIT.changed : EXIT.ok;
}

export interface LoadedSide {
  source: string;
  sha256: string;
  document: JsonObject;
}

/** One side of a diff: read like `generate` reads its spec, then checked just enough to compare. */
export async function loadSide(
  source: string,
  role: "base" | "revision",
  fetch: FetchOptions = DEFAULT_FETCH_OPTIONS,
): Promise<LoadedSide> {
  const result = await loadDocument(source, { ...fetch, label: `${role} spec` });
  // No ETag is sent, so no 304 can come back.
  if (result.kind !== "fetched") throw new Error(`unexpected "unchanged" answer for ${source}`);
  const { bytes, sha256 } = result.raw;
  const shown = result.raw.source;
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new InputError(
      `The ${role} spec ${shown} is not valid JSON (${error instanceof Error ? error.message : String(error)}). Pass an OpenAPI 3.1 JSON document (YAML is not read).`,
    );
  }
  if (
    !isObject(value as never) ||
    typeof (value as JsonObject).openapi !== "string" ||
    !/^3\./.test((value as JsonObject).openapi as string)
  ) {
    throw new InputError(
      `The ${role} spec ${shown} is JSON but not an OpenAPI 3.x document (no "openapi": "3.x" field at the top). Check that you passed the OpenAPI document.`,
    );
  }
  const document = value as JsonObject;
  // OpenAPI 3.1 allows a document of webhooks only (the webhook supplement is one).
  if (!isObject(document.paths) && !isObject(document.webhooks)) {
    throw new InputError(
      `The ${role} spec ${shown} has no "paths" (nor "webhooks") object, so there is nothing to compare. Check the document.`,
    );
  }
  checkRefs(document, shown, role);
  // No re-canonicalisation needed: the diff never depends on key order (test/diff/real-specs.test.ts).
  return { source: shown, sha256, document };
}

/** Only references inside the document are followed; anything else is refused up front. */
function checkRefs(document: JsonObject, source: string, role: string): void {
  const stack: Array<{ value: unknown; pointer: string }> = [{ value: document, pointer: "" }];
  while (stack.length > 0) {
    const { value, pointer } = stack.pop()!;
    if (value === null || typeof value !== "object") continue;
    const ref = (value as Record<string, unknown>).$ref;
    if (!Array.isArray(value) && typeof ref === "string") {
      if (!ref.startsWith("#") || resolveRef(document, ref) === undefined) {
        throw new InputError(
          `The ${role} spec ${source} has a $ref ${JSON.stringify(ref).slice(0, 200)} at ${pointer || "/"}/$ref that does not point inside the document. The diff follows only internal references ("#/components/..."); fix or inline the reference.`,
        );
      }
    }
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    for (const [key, child] of entries) stack.push({ value: child, pointer: `${pointer}/${escapePointer(key)}` });
  }
}
