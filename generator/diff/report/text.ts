/** Plain text for a terminal: counts, then one line per group; ANSI colour only when asked (a TTY). */

import { summarize } from "../engine.js";
import type { Change, Severity } from "../types.js";
import type { ReportContext } from "./context.js";
import { groupChanges, operationsLabel } from "./group.js";

const COLORS: Record<Severity, string> = { breaking: "\u001b[31m", warning: "\u001b[33m", info: "\u001b[36m", docs: "\u001b[2m" };
const RESET = "\u001b[0m";

export function renderText(changes: readonly Change[], ctx: ReportContext): string {
  const paint = (severity: Severity, text: string) => (ctx.color ? `${COLORS[severity]}${text}${RESET}` : text);
  const counts = summarize(changes);
  const lines = [
    `Contract diff ${ctx.base.source} → ${ctx.revision.source}`,
    `${paint("breaking", `${counts.breaking} breaking`)}, ${paint("warning", `${counts.warning} warning`)}, ${paint("info", `${counts.info} info`)}, ${paint("docs", `${counts.docs} docs`)}`,
  ];
  for (const group of groupChanges(changes)) {
    if (group.severity === "docs") continue;
    const count = group.changes.length > 1 ? ` (×${group.changes.length})` : "";
    lines.push(
      `  ${paint(group.severity, group.severity.padEnd(8))} ${operationsLabel(group)}: ${clean(group.message)} [${group.id}]${count}`,
    );
    if (group.operations.length > 1) lines.push(`           ${group.operations.join(", ")}`);
  }
  if (counts.docs > 0)
    lines.push(`  ${paint("docs", "docs    ")} ${counts.docs} description/summary/title/example edits (--format json lists them)`);
  return `${lines.join("\n")}\n`;
}

/** No control characters from the spec reach the terminal. */
function clean(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, " ");
}
