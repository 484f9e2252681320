/**
 * GitHub Actions workflow commands: one annotation per group of identical
 * changes (::error for breaking, ::warning, ::notice for info), docs as one
 * notice with the count. Escaping follows the runner's rules
 * (actions/toolkit command.ts): data escapes % \r \n; property values also : and ,.
 */

import { summarize } from "../engine.js";
import type { Change, Severity } from "../types.js";
import type { ReportContext } from "./context.js";
import { groupChanges, operationsLabel } from "./group.js";

const COMMAND: Record<Severity, string> = { breaking: "error", warning: "warning", info: "notice", docs: "notice" };

export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export function renderGithub(changes: readonly Change[], _ctx: ReportContext): string {
  const lines: string[] = [];
  for (const group of groupChanges(changes)) {
    if (group.severity === "docs") continue;
    const title = `${group.severity}: ${group.id} (${operationsLabel(group)})`;
    const operations = group.operations.length > 1 ? `\n${group.operations.join("\n")}` : "";
    lines.push(`::${COMMAND[group.severity]} title=${escapeProperty(title)}::${escapeData(group.message + operations)}`);
  }
  const counts = summarize(changes);
  if (counts.docs > 0)
    lines.push(
      `::notice title=${escapeProperty("docs: documentation-only edits")}::${escapeData(`${counts.docs} description/summary/title/example edits`)}`,
    );
  return lines.length ? `${lines.join("\n")}\n` : "";
}
