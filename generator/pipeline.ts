/**
 * `generate`: load (fetch → parse → normalize, then compare with the snapshot) →
 * correct → model → emit → write (or check). Returns the exit code; the CLI only
 * parses flags. ARCHITECTURE.md describes each stage.
 */
import { appendFile } from "node:fs/promises";
import { basename, join } from "node:path";
import type { CanonicalSpec, SnapshotMeta } from "./core.js";
import { correct } from "./correct.js";
import { readCorrections } from "./correction-files.js";
import { jsonReportPath } from "./diff/report/report-files.js";
import { prewarmRawTypes, type RawTypesWorker, startRawTypes } from "./emit/raw-types-thread.js";
import { EXIT, InputError, UpstreamUnreachableError } from "./errors.js";
import type { FailOn } from "./levels.js";
import { loadDocument } from "./load/document.js";
import { DEFAULT_FETCH_OPTIONS, type FetchOptions } from "./load/fetch.js";
import { normalizeSpec } from "./load/normalize.js";
import { parseSpec } from "./load/parse.js";
import { type PackageState, readPackageState, readSnapshot, type Snapshot } from "./load/snapshot.js";
import { buildApiModel } from "./model/build.js";
import { compareTree, isSameTree, recoverInterruptedWrite, type WriteHooks, writeFileAtomically, writeTreeAtomically } from "./write.js";

export interface GenerateOptions {
  /** URL or file; undefined → the snapshot's recorded source is NOT used: the CLI resolves the default. */
  source: string;
  outDir: string;
  offline: boolean;
  accept: boolean;
  check: boolean;
  requireUpstream: boolean;
  fetch: FetchOptions;
  reportFile?: string;
  failOn: FailOn;
  verbose: boolean;
  now: () => Date;
  log: Logger;
  writeHooks?: WriteHooks;
  /** $GITHUB_STEP_SUMMARY, when set. */
  stepSummaryFile?: string;
  /** Accepted changes (default: openphone-diff-ignore.json in the working directory, when it exists). */
  ignoreFile?: string;
  /** Colour in the terminal report. */
  color: boolean;
  /** Overlay of known upstream errors (default: openphone.overlay.json, when it exists; null: none). */
  overlayFile?: string | null;
  /** Model name overrides (default: openphone.names.json, when it exists; null: none). */
  namesFile?: string | null;
  /** Webhook events supplement (default: openphone.webhooks.json, when it exists; null: none). */
  webhooksFile?: string | null;
  /** The upstream's name in the upstreams file, named in the reports' titles. */
  upstream?: string;
  /** The generated package's npm name (default: openphone-api). */
  packageName?: string;
}

export interface Logger {
  /** Progress and warnings: stderr. */
  info(message: string): void;
  warn(message: string): void;
  /** Reports: stdout. */
  out(message: string): void;
}

export const defaultGenerateOptions = (overrides: Partial<GenerateOptions> & Pick<GenerateOptions, "source">): GenerateOptions => ({
  outDir: "generated",
  offline: false,
  accept: false,
  check: false,
  requireUpstream: false,
  fetch: DEFAULT_FETCH_OPTIONS,
  failOn: "info",
  verbose: false,
  color: false,
  now: () => new Date(),
  log: consoleLogger,
  ...overrides,
});

export const consoleLogger: Logger = {
  info: (message) => process.stderr.write(`${message}\n`),
  warn: (message) => process.stderr.write(`warning: ${message}\n`),
  out: (message) => process.stdout.write(message.endsWith("\n") ? message : `${message}\n`),
};

export async function runGenerate(options: GenerateOptions): Promise<number> {
  // Started first: loading openapi-typescript on its thread overlaps reading and parsing the spec.
  const rawTypesWorker = prewarmRawTypes();
  try {
    return await generate(options, rawTypesWorker);
  } finally {
    rawTypesWorker.stop();
  }
}

async function generate(options: GenerateOptions, rawTypesWorker: RawTypesWorker): Promise<number> {
  const timer = stageTimer(options);
  const { outDir, log } = options;
  if (!options.check) await recoverInterruptedWrite(outDir);
  const snapshot = await readSnapshot(outDir);
  const state = await readPackageState(outDir);
  timer("read snapshot");

  let upstream: { spec: CanonicalSpec; meta: SnapshotMeta } | undefined;
  // Fell back to the snapshot because the upstream could not be fetched: nothing was compared.
  let unreachable = false;
  if (options.offline) {
    if (!snapshot) throw noSnapshot(outDir, "--offline was given");
  } else {
    try {
      const etag = snapshot && snapshot.meta.source === options.source ? (snapshot.meta.etag ?? undefined) : undefined;
      const result = await loadDocument(options.source, { ...options.fetch, ...(etag ? { etag } : {}) });
      timer("fetch");
      if (result.kind === "fetched") {
        const document = await parseSpec(result.raw);
        timer("parse + validate");
        const spec = normalizeSpec(document);
        timer("normalize");
        upstream = {
          spec,
          meta: {
            source: result.raw.source,
            ...(result.raw.finalUrl ? { finalUrl: result.raw.finalUrl } : {}),
            etag: result.raw.etag ?? null,
            fetchedAt: options.now().toISOString(),
            rawSha256: result.raw.sha256,
            canonicalSha256: spec.sha256,
          },
        };
      } else {
        log.info(`Upstream unchanged (HTTP 304 for ETag ${etag}); using the snapshot.`);
      }
    } catch (error) {
      if (!(error instanceof UpstreamUnreachableError)) throw error;
      if (options.requireUpstream) {
        log.warn(error.message);
        await writeStatusReport(options, { status: "unreachable", source: options.source, message: error.message });
        return EXIT.unreachable;
      }
      if (!snapshot) {
        log.warn(error.message);
        throw noSnapshot(outDir, "the upstream could not be reached");
      }
      log.warn(`${error.message} Regenerating from the committed snapshot instead (pass --require-upstream to fail here).`);
      unreachable = true;
      await writeStatusReport(options, { status: "unreachable", source: options.source, message: error.message });
    }
  }

  let chosen: Snapshot;
  let nextState: PackageState = state;
  let exitCode: number = EXIT.ok;
  // Said only once the new tree is on disk: a failed write must not claim the change was taken.
  let accepted: string | undefined;
  const corrections = { ...readCorrections(options), warn: (message: string) => options.log.warn(message) };
  if (!upstream || (snapshot && upstream.spec.text === snapshot.spec.text)) {
    chosen = snapshot!;
    if (!options.offline && !unreachable)
      await writeStatusReport(options, { status: "unchanged", source: upstream?.meta.source ?? options.source });
  } else {
    // Loaded only when there is a difference to describe: most runs never need the diff engine.
    const { describeContractChange } = await import("./contract-change.js");
    const change = await describeContractChange(
      snapshot?.spec,
      upstream.spec,
      {
        // Not the --out path: the report lands in CHANGELOG.md, which must not depend on where the checkout is.
        base: { source: snapshot ? "snapshot (openapi.json)" : "(no snapshot)", sha256: snapshot?.spec.sha256 ?? "" },
        revision: { source: upstream.meta.source, sha256: upstream.meta.rawSha256 },
        ...(options.upstream ? { upstream: options.upstream } : {}),
        fullReport: options.reportFile
          ? `\`${basename(jsonReportPath(options.reportFile))}\` (written next to this report by \`--report\`; the contract workflows keep both as the \`openphone-contract-report\` artifact)`
          : `\`npm run diff -- ${join(outDir, "openapi.json")} ${upstream.meta.source} --format json\``,
      },
      { color: options.color, corrections, ...(options.ignoreFile ? { ignoreFile: options.ignoreFile } : {}) },
    );
    log.out(change.text);
    if (options.reportFile) {
      await writeFileAtomically(options.reportFile, change.markdown);
      await writeStatusReport(options, { status: "changed", source: upstream.meta.source }, change.json);
    }
    if (options.stepSummaryFile) await appendFile(options.stepSummaryFile, `${change.markdown}\n`);
    if (options.accept || !snapshot) {
      chosen = upstream;
      nextState = change.nextState(state, options.now());
      accepted = snapshot ? "Accepted the upstream change: snapshot replaced." : "No snapshot yet: created it from the upstream.";
    } else {
      chosen = snapshot;
      if (change.reaches(options.failOn)) {
        log.info(
          `The upstream contract differs from the snapshot ${join(outDir, "openapi.json")}. Nothing was written. Review the report, then accept it with --accept (or pass --fail-on to change what fails).`,
        );
        exitCode = EXIT.changed;
      } else {
        log.info(`Upstream changes below --fail-on ${options.failOn}; regenerating from the snapshot.`);
      }
    }
  }

  const corrected = correct(chosen.spec, corrections);
  timer("correct");
  // Started before the model: on its worker thread it overlaps modelling, emitting and compiling.
  const rawTypes = startRawTypes(corrected.document, rawTypesWorker, (threadId) => {
    if (options.verbose) options.log.info(`  raw types: made on worker thread ${threadId}`);
  });
  const model = buildApiModel(corrected.document, corrected.nameOverrides);
  timer("model");
  // Loaded here, not at start-up: emitting pulls in TypeScript and openapi-typescript,
  // which `npm run diff` and an unchanged-upstream check never need.
  const { emitPackage } = await import("./emit/index.js");
  const files = await emitPackage({
    corrected,
    model,
    rawTypes,
    meta: chosen.meta,
    state: nextState,
    ...(options.packageName ? { packageName: options.packageName } : {}),
  });
  timer("emit");
  if (options.check) {
    const difference = await compareTree(outDir, files);
    timer("compare");
    if (isSameTree(difference)) {
      log.info(`${outDir}/ is up to date (${files.length} files).`);
      return exitCode;
    }
    const lines = [
      ...difference.changed.map((p) => `  changed  ${p}`),
      ...difference.missing.map((p) => `  missing  ${p}`),
      ...difference.extra.map((p) => `  extra    ${p}`),
    ];
    log.out(`${outDir}/ is stale or was edited by hand; these files differ from a fresh generation:\n${lines.join("\n")}`);
    log.info("Run `npm run generate` and commit the result.");
    return EXIT.changed;
  }
  if (exitCode !== EXIT.ok) return exitCode;
  const wrote = await writeTreeAtomically(outDir, files, options.writeHooks);
  timer("write");
  if (accepted) log.info(accepted);
  log.info(wrote ? `Wrote ${files.length} files to ${outDir}/.` : `${outDir}/ already up to date (${files.length} files).`);
  return EXIT.ok;
}

/** What `--report a.md` records in `a.json` (report/report-files.ts), whatever the run found. */
type UpstreamStatus = { status: "changed" | "unchanged" | "unreachable"; source: string; message?: string };

async function writeStatusReport(options: GenerateOptions, upstream: UpstreamStatus, diffJson?: string): Promise<void> {
  if (!options.reportFile) return;
  const report = { upstream, ...(diffJson ? (JSON.parse(diffJson) as object) : {}) };
  await writeFileAtomically(jsonReportPath(options.reportFile), `${JSON.stringify(report, null, 2)}\n`);
}

function noSnapshot(outDir: string, why: string): InputError {
  return new InputError(
    `There is no snapshot at ${join(outDir, "openapi.json")} and ${why}. Create one first with \`npm run generate -- --spec <url|file> --accept\` (or point --out at the folder that holds it).`,
  );
}

function stageTimer(options: GenerateOptions): (stage: string) => void {
  let last = performance.now();
  return (stage) => {
    const now = performance.now();
    if (options.verbose) options.log.info(`  ${stage}: ${(now - last).toFixed(1)} ms`);
    last = now;
  };
}
