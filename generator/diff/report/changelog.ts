/**
 * The CHANGELOG entry written on `--accept`: short on purpose (at most
 * CHANGELOG_ENTRY_LIMIT bytes), because CHANGELOG.md keeps every entry forever.
 * The version and date, the upstream and the counts, any leading sections (the
 * surface diff's "What changes in your code"), then the breaking and warning
 * lines without their operation lists. Compatible and documentation changes
 * are counted, not listed. Nothing links to a report that will not exist later:
 * the full list is recomputed from the two snapshots in git history.
 */
import { summarize } from "../engine.js";
import { type Change, SEVERITIES } from "../types.js";
import type { LeadingSection, ReportContext } from "./context.js";
import { type FitBlock, fitMarkdown, listLevels } from "./fit.js";
import { groupChanges } from "./group.js";
import { escapeCode, groupLine, LEADING_PRIORITY } from "./markdown.js";

/** 4 KB, counted in UTF-8 bytes; the fit works in characters, so it aims a little lower (arrows are 3 bytes). */
export const CHANGELOG_ENTRY_LIMIT = 4096;
const CHARACTER_BUDGET = 3600;

export interface ChangelogEntryInput {
  version: string;
  /** YYYY-MM-DD */
  date: string;
  changes: readonly Change[];
  ctx: ReportContext;
  leading?: readonly LeadingSection[];
  /** How many changes the ignore file accepted. */
  ignored?: number;
}

export const CHANGELOG_FULL_LIST =
  "`npm run diff -- <previous openapi.json> generated/openapi.json --format json` (the previous snapshot is in git history)";

export function renderChangelogEntry(input: ChangelogEntryInput): string {
  const counts = summarize(input.changes);
  const countLine = SEVERITIES.map((s) => `${counts[s]} ${s}`).join(", ");
  const ignored = input.ignored ? ` ${input.ignored} accepted by the ignore file.` : "";
  const head = `## ${input.version} (${input.date})\n\nUpstream \`${escapeCode(input.ctx.revision.source)}\` (sha256 \`${input.ctx.revision.sha256.slice(0, 12)}\`): ${countLine}.${ignored}\n\n`;
  const blocks: FitBlock[] = [];
  for (const section of input.leading ?? []) {
    const title = `### ${section.title}\n\n`;
    const { levels, cuts } = listLevels(
      section.items,
      (lines) => `${title}${lines.map((l) => (l.startsWith("- … and") ? l : `- ${l}`)).join("\n")}\n\n`,
      `"${section.title}"`,
      [20, 5],
    );
    blocks.push({ priority: section.priority ?? LEADING_PRIORITY, levels, cuts });
  }
  const groups = groupChanges(input.changes);
  for (const [severity, title, priority] of [
    ["breaking", "Breaking", 40],
    ["warning", "Warnings", 30],
  ] as const) {
    const lines = groups.filter((g) => g.severity === severity).map((g) => groupLine(g, false));
    if (lines.length === 0) continue;
    const { levels, cuts } = listLevels(lines, (list) => `### ${title}\n\n${list.join("\n")}\n\n`, title.toLowerCase(), [20, 5]);
    blocks.push({ priority, levels, cuts });
  }
  return `${fitMarkdown(head, blocks, CHANGELOG_FULL_LIST, CHARACTER_BUDGET).trimEnd()}\n`;
}
