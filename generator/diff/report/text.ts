/** Plain text for a terminal: counts, leading sections, then one line per group; ANSI colour only when asked (a TTY). */

import { summarize } from "../engine.js";
import type { Change, Severity } from "../types.js";
import { DEFAULT_FULL_REPORT, type ReportContext, type ReportExtras } from "./context.js";
import { docsByOperation, groupChanges, operationsLabel } from "./group.js";

const COLORS: Record<Severity, string> = { breaking: "\u001b[31m", warning: "\u001b[33m", info: "\u001b[36m", docs: "\u001b[2m" };
const RESET = "\u001b[0m";

export function renderText(changes: readonly Change[], ctx: ReportContext, extras: ReportExtras = {}): string {
  const paint = (severity: Severity, text: string) => (ctx.color ? `${COLORS[severity]}${text}${RESET}` : text);
  const counts = summarize(changes);
  const lines = [
    `Contract diff${ctx.upstream ? ` of upstream ${clean(ctx.upstream)}:` : ""} ${clean(ctx.base.source)} → ${clean(ctx.revision.source)}`,
    `${paint("breaking", `${counts.breaking} breaking`)}, ${paint("warning", `${counts.warning} warning`)}, ${paint("info", `${counts.info} info`)}, ${paint("docs", `${counts.docs} docs`)}`,
  ];
  for (const section of extras.leading ?? []) {
    lines.push(`  ${clean(section.title)}`);
    for (const item of section.items) lines.push(`    ${clean(item)}`);
  }
  for (const group of groupChanges(changes)) {
    if (group.severity === "docs") continue;
    const count = group.changes.length > 1 ? ` (×${group.changes.length})` : "";
    const ranked = group.unbranched ? ` (ranked ${group.severity}: ${group.unbranched})` : "";
    lines.push(
      `  ${paint(group.severity, group.severity.padEnd(8))} ${clean(operationsLabel(group))}: ${clean(group.message)} [${group.ids.join(", ")}]${count}${ranked}`,
    );
    const list = group.locations.length > 1 ? group.locations : group.operations.length > 1 ? group.operations : [];
    if (list.length > 0) lines.push(`           ${clean(list.join(", "))}`);
  }
  if (counts.docs > 0) {
    const places = docsByOperation(changes).length;
    lines.push(
      `  ${paint("docs", "docs    ")} ${counts.docs} description/summary/title/example edits in ${places} place(s); every one is in the JSON report: ${ctx.fullReport ?? DEFAULT_FULL_REPORT}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** No control characters from the spec reach the terminal. */
function clean(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, " ");
}
