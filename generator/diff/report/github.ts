/**
 * `--format github`: one annotation per group of identical changes (::error for
 * breaking, ::warning, ::notice for info), documentation edits as one notice
 * with the count; capped and escaped as annotations.ts says.
 */

import { summarize } from "../engine.js";
import type { Change, Severity } from "../types.js";
import { type Annotation, type AnnotationLevel, capAnnotations, formatAnnotation } from "./annotations.js";
import { DEFAULT_FULL_REPORT, type ReportContext } from "./context.js";
import { groupChanges, operationsLabel } from "./group.js";

export { escapeData, escapeProperty } from "./annotations.js";

const LEVEL: Record<Severity, AnnotationLevel> = { breaking: "error", warning: "warning", info: "notice", docs: "notice" };

/** The annotations for a set of changes, uncapped, most severe first. */
export function changeAnnotations(changes: readonly Change[], ctx: ReportContext): Annotation[] {
  const out: Annotation[] = [];
  for (const group of groupChanges(changes)) {
    if (group.severity === "docs") continue;
    const title = `${group.severity}: ${group.ids.join(", ")} (${operationsLabel(group)})`;
    const list = group.locations.length > 1 ? group.locations : group.operations.length > 1 ? group.operations : [];
    const ranked = group.unbranched ? `\n(ranked ${group.severity}: ${group.unbranched})` : "";
    const at = ctx.locate?.(group.changes[0]!.location);
    out.push({
      level: LEVEL[group.severity],
      title,
      message: group.message + (list.length ? `\n${list.join("\n")}` : "") + ranked,
      ...(at ? { file: at.file, ...(at.line ? { line: at.line } : {}) } : {}),
    });
  }
  const counts = summarize(changes);
  if (counts.docs > 0)
    out.push({
      level: "notice",
      title: "docs: documentation-only edits",
      message: `${counts.docs} description/summary/title/example edits`,
    });
  return out;
}

export function renderGithub(changes: readonly Change[], ctx: ReportContext): string {
  const where = `Every change is in the full report: ${ctx.fullReport ?? DEFAULT_FULL_REPORT}.`;
  const lines = capAnnotations(changeAnnotations(changes, ctx), where).map(formatAnnotation);
  return lines.length ? `${lines.join("\n")}\n` : "";
}
