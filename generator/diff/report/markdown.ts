/**
 * Markdown for a pull request or $GITHUB_STEP_SUMMARY: counts first, then any
 * leading sections (the surface diff's "What changes in your code"), then one
 * line per group of identical changes, compatible changes folded, documentation
 * edits as one folded count per operation. No per-location appendix: the JSON
 * report has every change. The whole stays under MARKDOWN_LIMIT (fit.ts).
 */

import { summarize } from "../engine.js";
import { RULES_BY_ID } from "../rules/index.js";
import type { Change, Severity } from "../types.js";
import { DEFAULT_FULL_REPORT, type LeadingSection, type ReportContext, type ReportExtras } from "./context.js";
import { type FitBlock, fitMarkdown, listLevels, MARKDOWN_LIMIT } from "./fit.js";
import { type ChangeGroup, docsByOperation, groupChanges, operationsLabel } from "./group.js";

const TITLES: Record<Severity, string> = {
  breaking: "Breaking",
  warning: "Warnings",
  info: "Compatible changes",
  docs: "Documentation only",
};

const PRIORITY: Record<Severity, number> = { docs: 10, info: 20, warning: 30, breaking: 40 };
export const LEADING_PRIORITY = 50;

export function renderMarkdown(changes: readonly Change[], ctx: ReportContext, extras: ReportExtras = {}, limit = MARKDOWN_LIMIT): string {
  const counts = summarize(changes);
  const head = [
    `## OpenPhone API contract changes${ctx.upstream ? ` (upstream ${escapeText(ctx.upstream)})` : ""}`,
    "",
    "| breaking | warning | info | docs |",
    "| ---: | ---: | ---: | ---: |",
    `| ${counts.breaking} | ${counts.warning} | ${counts.info} | ${counts.docs} |`,
    "",
    `base: \`${escapeCode(ctx.base.source)}\` (sha256 \`${ctx.base.sha256.slice(0, 12)}\`) → revision: \`${escapeCode(ctx.revision.source)}\` (sha256 \`${ctx.revision.sha256.slice(0, 12)}\`)`,
    "",
    "",
  ].join("\n");
  const blocks: FitBlock[] = (extras.leading ?? []).map(leadingBlock);
  if (changes.length === 0) blocks.push({ priority: 100, levels: ["No contract changes.\n"], cuts: [] });
  const groups = groupChanges(changes);
  for (const severity of ["breaking", "warning", "info"] as const) {
    const list = groups.filter((g) => g.severity === severity);
    if (list.length > 0) blocks.push(severityBlock(severity, counts[severity], list));
  }
  if (counts.docs > 0) blocks.push(docsBlock(changes, counts.docs));
  return fitMarkdown(head, blocks, ctx.fullReport ?? DEFAULT_FULL_REPORT, limit);
}

/** An item is a list line unless it is already markdown structure (a blank line, a heading, a list line). */
function asListLine(line: string): string {
  return line === "" || line.startsWith("#") || line.startsWith("- ") ? line : `- ${line}`;
}

function leadingBlock(section: LeadingSection): FitBlock {
  const title = `### ${escapeText(section.title)}\n\n`;
  const wrap = (lines: readonly string[]) => `${title}${lines.map(asListLine).join("\n")}\n\n`;
  const { levels, cuts } = listLevels(section.items, wrap, `"${section.title}"`, [40, 10]);
  levels.push(`${title}${section.items.length} item(s), left out here.\n\n`);
  cuts.push(`"${section.title}": the count only`);
  return { priority: section.priority ?? LEADING_PRIORITY, levels, cuts };
}

function severityBlock(severity: "breaking" | "warning" | "info", count: number, groups: ChangeGroup[]): FitBlock {
  const folded = severity === "info";
  const heading = `${TITLES[severity]} (${count} in ${groups.length} ${groups.length === 1 ? "entry" : "entries"})`;
  const wrap = (lines: readonly string[]) =>
    folded
      ? `<details><summary>${heading}</summary>\n\n${lines.join("\n")}\n\n</details>\n\n`
      : `### ${heading}\n\n${lines.join("\n")}\n\n`;
  const name = TITLES[severity].toLowerCase();
  const short = listLevels(
    groups.map((g) => groupLine(g, false)),
    wrap,
    name,
  );
  const full = wrap(groups.map((g) => groupLine(g, true)));
  const detailed = full !== short.levels[0];
  const levels = detailed ? [full, ...short.levels] : short.levels;
  const cuts = detailed ? [`${name}: the operation and place lists`, ...short.cuts] : short.cuts;
  // Breaking lines are never reduced to a bare count: the fallback cut keeps the first of them.
  if (severity !== "breaking") {
    levels.push(
      folded ? `<details><summary>${heading}</summary>\n\nLeft out here.\n\n</details>\n\n` : `### ${heading}\n\nLeft out here.\n\n`,
    );
    cuts.push(`${name}: the count only`);
  }
  return { priority: PRIORITY[severity], levels, cuts };
}

function docsBlock(changes: readonly Change[], count: number): FitBlock {
  const perOperation = docsByOperation(changes);
  const summary = `${TITLES.docs}: ${count} ${count === 1 ? "edit" : "edits"} in ${perOperation.length} ${perOperation.length === 1 ? "place" : "places"}`;
  const lines = perOperation.map((entry) => {
    const kinds = [...entry.kinds].map(([id, n]) => `${id.replace(/-changed$/, "")} ×${n}`).join(", ");
    return `- ${escapeText(entry.operation)}: ${entry.count} (${kinds})`;
  });
  return {
    priority: PRIORITY.docs,
    levels: [`<details><summary>${summary}</summary>\n\n${lines.join("\n")}\n\n</details>\n\n`, `${summary}.\n\n`],
    cuts: ["documentation edits as one total"],
  };
}

export function groupLine(group: ChangeGroup, withDetails: boolean): string {
  const count = group.changes.length > 1 ? ` ×${group.changes.length}` : "";
  const ids = group.ids.map((id) => `\`${id}\``).join(", ");
  const ranked = group.unbranched
    ? ` (ranked ${group.severity}, not ${RULES_BY_ID.get(group.id)?.severity ?? "higher"}: ${escapeText(group.unbranched)})`
    : "";
  // Without the folded list, a few operations are named inline rather than counted.
  const inline = !withDetails && group.locations.length <= 1 && group.operations.length > 1 && group.operations.length <= 3;
  const label = inline ? group.operations.join(", ") : operationsLabel(group);
  const head = `- **${escapeText(label)}**: ${escapeText(group.message)} ${ids}${count}${ranked}`;
  if (!withDetails) return head;
  if (group.locations.length > 1)
    return `${head}<details><summary>places</summary>${group.locations.map(escapeText).join("<br>")}</details>`;
  if (group.operations.length > 1)
    return `${head}<details><summary>operations</summary>${group.operations.map(escapeText).join("<br>")}</details>`;
  return head;
}

/** Spec text is untrusted: keep it from opening HTML or breaking the table/list syntax. */
export function escapeText(text: string): string {
  return text
    .replace(/[<>&]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;" })[c]!)
    .replace(/\|/g, "\\|")
    .replace(/\r?\n/g, " ");
}

export function escapeCode(text: string): string {
  return text.replace(/`/g, "'").replace(/\r?\n/g, " ");
}
