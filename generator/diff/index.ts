/**
 * The contract diff engine: what changed between two OpenAPI 3.1
 * documents, how much it matters to code using the generated client, and a
 * report for a reviewer. See rules/index.ts for the rule table.
 */

import type { ReportContext, ReportExtras } from "./report/context.js";
import { renderGithub } from "./report/github.js";
import { renderJson } from "./report/json.js";
import { renderMarkdown } from "./report/markdown.js";
import { renderText } from "./report/text.js";
import type { Change, Severity } from "./types.js";
import { SEVERITIES } from "./types.js";

export { type DiffOptions, diffSpecs, summarize } from "./engine.js";
export { applyIgnores, DEFAULT_IGNORE_FILE, type IgnoreEntry, loadIgnoreFile, parseIgnoreFile } from "./ignore.js";
export { CHANGELOG_ENTRY_LIMIT, type ChangelogEntryInput, renderChangelogEntry } from "./report/changelog.js";
export type { LeadingSection, ReportContext, ReportExtras } from "./report/context.js";
export { fitMarkdown, MARKDOWN_LIMIT } from "./report/fit.js";
export { RULES, RULES_BY_ID } from "./rules/index.js";
export type { Change, Direction, Severity } from "./types.js";
export { SEVERITIES };

export type ReportFormat = "json" | "markdown" | "text" | "github";
export const REPORT_FORMATS: readonly ReportFormat[] = ["json", "markdown", "text", "github"];

/**
 * One report of `changes`. `extras.leading` sections (e.g. the surface diff's
 * "What changes in your code") come before the contract changes in markdown and
 * text; `extras.surface` becomes the JSON report's `surface` array. See
 * report/README.md.
 */
export function renderReport(format: ReportFormat, changes: readonly Change[], ctx: ReportContext, extras: ReportExtras = {}): string {
  switch (format) {
    case "json":
      return renderJson(changes, ctx, extras);
    case "markdown":
      return renderMarkdown(changes, ctx, extras);
    case "text":
      return renderText(changes, ctx, extras);
    case "github":
      return renderGithub(changes, ctx);
  }
}

/** True when some change is at least as severe as `failOn` ("never" never fails). */
export function reachesThreshold(changes: readonly Change[], failOn: Severity | "never"): boolean {
  if (failOn === "never") return false;
  const limit = SEVERITIES.indexOf(failOn);
  return changes.some((change) => SEVERITIES.indexOf(change.severity) <= limit);
}
