/**
 * Markdown for a pull request or $GITHUB_STEP_SUMMARY: counts first, then one
 * line per group of identical changes (operations folded in <details>), info
 * folded, docs-only edits as a count with an expandable list. The part before
 * the first fold stays short enough to read on one screen.
 */

import { summarize } from "../engine.js";
import type { Change, Severity } from "../types.js";
import type { ReportContext } from "./context.js";
import { type ChangeGroup, groupChanges, operationsLabel } from "./group.js";

const TITLES: Record<Severity, string> = {
  breaking: "Breaking",
  warning: "Warnings",
  info: "Compatible changes",
  docs: "Documentation only",
};

export function renderMarkdown(changes: readonly Change[], ctx: ReportContext): string {
  const counts = summarize(changes);
  const lines: string[] = ["## OpenPhone API contract changes", ""];
  lines.push(
    "| breaking | warning | info | docs |",
    "| ---: | ---: | ---: | ---: |",
    `| ${counts.breaking} | ${counts.warning} | ${counts.info} | ${counts.docs} |`,
    "",
  );
  lines.push(
    `base: \`${escapeCode(ctx.base.source)}\` (sha256 \`${ctx.base.sha256.slice(0, 12)}\`) → revision: \`${escapeCode(ctx.revision.source)}\` (sha256 \`${ctx.revision.sha256.slice(0, 12)}\`)`,
    "",
  );
  if (changes.length === 0) {
    lines.push("No contract changes.", "");
    return lines.join("\n");
  }
  const groups = groupChanges(changes);
  for (const severity of ["breaking", "warning"] as const) {
    const list = groups.filter((g) => g.severity === severity);
    if (list.length === 0) continue;
    lines.push(`### ${TITLES[severity]} (${counts[severity]})`, "");
    for (const group of list) lines.push(groupLine(group));
    lines.push("");
  }
  for (const severity of ["info", "docs"] as const) {
    const list = groups.filter((g) => g.severity === severity);
    if (list.length === 0) continue;
    lines.push(`<details><summary>${TITLES[severity]}: ${counts[severity]}</summary>`, "");
    for (const group of list) lines.push(severity === "docs" ? docsLine(group) : groupLine(group));
    lines.push("", "</details>", "");
  }
  lines.push("<details><summary>Every change with its location</summary>", "");
  for (const group of groups.filter((g) => g.severity !== "docs")) {
    for (const change of group.changes) {
      lines.push(
        `- \`${change.id}\` ${change.method ? `${change.method} ${escapeText(change.path ?? "")} ` : ""}\`${escapeCode(change.location)}\``,
      );
    }
  }
  lines.push("", "</details>", "");
  return lines.join("\n");
}

function groupLine(group: ChangeGroup): string {
  const count = group.changes.length > 1 ? ` ×${group.changes.length}` : "";
  const head = `- **${escapeText(operationsLabel(group))}**: ${escapeText(group.message)} \`${group.id}\`${count}`;
  if (group.operations.length <= 1) return head;
  return `${head}<details><summary>operations</summary>${group.operations.map(escapeText).join("<br>")}</details>`;
}

function docsLine(group: ChangeGroup): string {
  const first = group.changes[0]!;
  const op = first.method ? `${first.method} ${first.path}: ` : "";
  const more = group.changes.length > 1 ? ` (and ${group.changes.length - 1} more like it)` : "";
  return `- ${escapeText(op + first.message)}${more}`;
}

/** Spec text is untrusted: keep it from opening HTML or breaking the table/list syntax. */
function escapeText(text: string): string {
  return text
    .replace(/[<>&]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;" })[c]!)
    .replace(/\|/g, "\\|")
    .replace(/\r?\n/g, " ");
}

function escapeCode(text: string): string {
  return text.replace(/`/g, "'").replace(/\r?\n/g, " ");
}
