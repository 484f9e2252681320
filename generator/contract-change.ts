/**
 * What `generate` says and does when the upstream differs from the snapshot:
 * the diff engine's reports (text for the terminal, markdown for a PR), whether
 * the change fails the run (--fail-on), and — on --accept — the next package
 * version (major for breaking, minor for warning/info, patch for docs) and the
 * CHANGELOG entry.
 */
import type { CanonicalSpec } from "./core.js";
import {
  applyIgnores,
  type Change,
  DEFAULT_IGNORE_FILE,
  diffSpecs,
  loadIgnoreFile,
  type ReportContext,
  reachesThreshold,
  SEVERITIES,
  type Severity,
  summarize,
} from "./diff/index.js";
import type { FailOn } from "./levels.js";
import type { PackageState } from "./load/snapshot.js";
import type { SurfaceDiff } from "./surface/index.js";
import { renderWithSurface } from "./surface/render.js";
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
  reaches(failOn: FailOn): boolean;
  nextState(state: PackageState, now: Date): PackageState;
}

export interface ContractChangeOptions {
  /** Defaults to DEFAULT_IGNORE_FILE in the working directory, read only when it exists. */
  ignoreFile?: string;
  color?: boolean;
  /** The overlay and name overrides `generate` applies, so the surface is the package's real one. */
  corrections?: Corrections;
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
  const markdown = renderWithSurface("markdown", kept, context, surface) + note;
  return {
    changes: kept,
    ignored,
    text: renderWithSurface("text", kept, { ...context, color: options.color ?? false }, surface) + note,
    markdown,
    ...(surface ? { surface } : {}),
    reaches: (failOn) => reachesThreshold(kept, failOn),
    nextState: (state, now) => {
      const version = bumpVersion(state.version, largerSeverity(highestSeverity(kept), surface?.highest));
      const counts = summarize(kept);
      const countLine = SEVERITIES.map((s) => `${counts[s]} ${s}`).join(", ");
      // The report's own title is replaced by the version heading; its grouped body is the entry.
      const body = markdown.replace(/^#[^\n]*\n+/, "");
      const entry = `## ${version} (${now.toISOString().slice(0, 10)})\n\nUpstream sha256 \`${context.revision.sha256}\` from ${context.revision.source}: ${countLine}.\n\n${body.trimEnd()}\n`;
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
  const [major = 1, minor = 0, patch = 0] = version.split(".").map(Number);
  if (highest === "breaking") return `${major + 1}.0.0`;
  if (highest === "warning" || highest === "info") return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}
