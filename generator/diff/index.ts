/**
 * The contract diff engine: what changed between two OpenAPI 3.1
 * documents, how much it matters to code using the generated client, and a
 * report for a reviewer. See rules/index.ts for the rule table.
 */

import type { ReportContext } from "./report/context.js";
import { renderGithub } from "./report/github.js";
import { renderJson } from "./report/json.js";
import { renderMarkdown } from "./report/markdown.js";
import { renderText } from "./report/text.js";
import type { Change, Severity } from "./types.js";
import { SEVERITIES } from "./types.js";

export { type DiffOptions, diffSpecs, summarize } from "./engine.js";
export { applyIgnores, DEFAULT_IGNORE_FILE, type IgnoreEntry, loadIgnoreFile, parseIgnoreFile } from "./ignore.js";
export type { ReportContext } from "./report/context.js";
export { RULES, RULES_BY_ID } from "./rules/index.js";
export type { Change, Direction, Severity } from "./types.js";
export { SEVERITIES };

export type ReportFormat = "json" | "markdown" | "text" | "github";
export const REPORT_FORMATS: readonly ReportFormat[] = ["json", "markdown", "text", "github"];

export function renderReport(format: ReportFormat, changes: Change[], ctx: ReportContext): string {
  switch (format) {
    case "json":
      return renderJson(changes, ctx);
    case "markdown":
      return renderMarkdown(changes, ctx);
    case "text":
      return renderText(changes, ctx);
    case "github":
      return renderGithub(changes, ctx);
  }
}

/** True when some change is at least as severe as `failOn` ("never" never fails). */
export function reachesThreshold(changes: Change[], failOn: Severity | "never"): boolean {
  if (failOn === "never") return false;
  const limit = SEVERITIES.indexOf(failOn);
  return changes.some((change) => SEVERITIES.indexOf(change.severity) <= limit);
}
