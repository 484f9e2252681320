/**
 * What `generate` says and does when the upstream differs from the snapshot:
 * the diff engine's reports (text for the terminal, markdown for a PR), whether
 * the change fails the run (--fail-on), and — on --accept — the next package
 * version (major for breaking, minor for warning/info, patch for docs) and the
 * CHANGELOG entry.
 */
import semver from "semver";
import type { CanonicalSpec } from "./core.js";
import {
  applyIgnores,
  type Change,
  DEFAULT_IGNORE_FILE,
  diffSpecs,
  loadIgnoreFile,
  type ReportContext,
  type ReportExtras,
  reachesThreshold,
  renderChangelogEntry,
  renderReport,
  SEVERITIES,
  type Severity,
} from "./diff/index.js";
import { InputError } from "./errors.js";
import type { FailOn } from "./levels.js";
import type { PackageState } from "./load/snapshot.js";
import type { SurfaceDiff } from "./surface/index.js";
import { surfaceExtras } from "./surface/render.js";
import { largerSeverity } from "./surface/severity.js";
import type { Corrections } from "./surface/sources.js";
import { surfaceWhenChanged } from "./surface/when.js";

export interface ContractChange {
  changes: Change[];
  /** Changes the ignore file accepted (reported as a count, never failing the run). */
  ignored: Change[];
  text: string;
  markdown: string;
  /** What changes for code using the package; absent when no contract change was found. */
  surface?: SurfaceDiff;
  /** The machine-readable report (`--report <file>` writes it next to the markdown, as `<name>.json`). */
  json: string;
  reaches(failOn: FailOn): boolean;
  nextState(state: PackageState, now: Date): PackageState;
}

export interface ContractChangeOptions {
  /** Defaults to DEFAULT_IGNORE_FILE in the working directory, read only when it exists. */
  ignoreFile?: string;
  color?: boolean;
  /** The overlay and name overrides `generate` applies, so the surface is the package's real one. */
  corrections?: Corrections;
  /** Leading sections and the JSON `surface` array (the TypeScript surface diff plugs in here). */
  extras?: ReportExtras;
}

export async function describeContractChange(
  base: CanonicalSpec | undefined,
  revision: CanonicalSpec,
  context: ReportContext,
  options: ContractChangeOptions = {},
): Promise<ContractChange> {
  if (!base) return firstSnapshot(context);
  const { kept, ignored } = applyIgnores(
    diffSpecs(base.document, revision.document),
    loadIgnoreFile(options.ignoreFile ?? DEFAULT_IGNORE_FILE),
  );
  const note = ignored.length > 0 ? `\n${ignored.length} change(s) accepted by the ignore file.\n` : "";
  const surface = await surfaceWhenChanged(base.document, revision.document, kept, options.corrections);
  const extras = { ...options.extras, ...surfaceExtras(surface, "markdown") };
  const markdown = renderReport("markdown", kept, context, extras) + note;
  return {
    changes: kept,
    ignored,
    text:
      renderReport("text", kept, { ...context, color: options.color ?? false }, { ...options.extras, ...surfaceExtras(surface, "text") }) +
      note,
    markdown,
    json: renderReport("json", kept, context, extras),
    ...(surface ? { surface } : {}),
    reaches: (failOn) => reachesThreshold(kept, failOn),
    nextState: (state, now) => {
      const version = bumpVersion(state.version, largerSeverity(highestSeverity(kept), surface?.highest));
      // Short on purpose (≤ 4 KB): counts, leading sections, breaking and warning lines; never the whole report.
      const entry = renderChangelogEntry({
        version,
        date: now.toISOString().slice(0, 10),
        changes: kept,
        ctx: context,
        ...(extras.leading ? { leading: extras.leading } : {}),
        ignored: ignored.length,
      });
      return { version, changelog: prependEntry(state.changelog, entry) };
    },
  };
}

function firstSnapshot(context: ReportContext): ContractChange {
  const line = `First snapshot: ${context.revision.source} (sha256 ${context.revision.sha256}).`;
  return {
    changes: [],
    ignored: [],
    text: line,
    markdown: `## OpenPhone API contract\n\n${line}\n`,
    json: `${JSON.stringify({ base: context.base, revision: context.revision, summary: { breaking: 0, warning: 0, info: 0, docs: 0 }, changes: [] }, null, 2)}\n`,
    reaches: () => false,
    nextState: (state, now) => ({
      version: state.version,
      changelog: prependEntry(state.changelog, `## ${state.version} (${now.toISOString().slice(0, 10)})\n\n${line}\n`),
    }),
  };
}

const CHANGELOG_HEADING = "# Changelog\n\n";

function prependEntry(changelog: string, entry: string): string {
  const rest = changelog.startsWith(CHANGELOG_HEADING) ? changelog.slice(CHANGELOG_HEADING.length) : changelog;
  return `${CHANGELOG_HEADING}${entry}${rest ? `\n${rest}` : ""}`;
}

/** The most severe change, or undefined when the only differences were ignored. */
export function highestSeverity(changes: Change[]): Severity | undefined {
  return SEVERITIES.find((severity) => changes.some((change) => change.severity === severity));
}

/** Semver from the contract: breaking → major, warning/info → minor, docs (or nothing left after ignores) → patch. */
export function bumpVersion(version: string, highest: Severity | undefined): string {
  const release = highest === "breaking" ? "major" : highest === "warning" || highest === "info" ? "minor" : "patch";
  // semver's own rules: a prerelease is released by the bump it is a prerelease of (1.0.0-beta → 1.0.0),
  // build metadata is dropped, and 0.x is bumped like any other version.
  const next = semver.inc(version, release);
  if (next === null) {
    throw new InputError(
      `The generated package's version ${JSON.stringify(version)} (package.json in the output folder) is not a semantic version, so it cannot be bumped. Set it to one, e.g. "1.0.0", and run again.`,
    );
  }
  return next;
}
