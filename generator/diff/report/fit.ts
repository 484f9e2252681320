/**
 * Keeps a markdown report under a size limit (a pull-request body holds 65,536
 * characters; we aim under 60,000 to leave room for what a workflow adds).
 *
 * A report is a head (title, counts) and blocks. Each block can be rendered at
 * several levels, most detailed first, and has a priority: while the report is
 * too long, the lowest-priority block that can still shrink drops one level
 * (documentation edits first, then compatible changes, then the detail of
 * warnings, then of breaking changes). What was cut is said under the head,
 * with where the full report is. A report that still does not fit (a block's
 * most compact level too long) is cut at a line, and says so.
 */

export const MARKDOWN_LIMIT = 60_000;

export interface FitBlock {
  /** Lower shrinks first. */
  priority: number;
  /** Renderings, most detailed first. */
  levels: readonly string[];
  /** What dropping to level i (i ≥ 1) leaves out, e.g. "documentation edits shown as one total". */
  cuts: readonly string[];
}

export function fitMarkdown(head: string, blocks: readonly FitBlock[], fullReport: string, limit = MARKDOWN_LIMIT): string {
  const level = blocks.map(() => 0);
  const noteFor = (): string => {
    const cuts = blocks.flatMap((block, i) => (level[i]! > 0 ? [block.cuts[level[i]! - 1] ?? "detail folded"] : []));
    return cuts.length
      ? `> **Shortened to fit ${limit.toLocaleString("en-US")} characters:** ${cuts.join("; ")}. The full report: ${fullReport}.\n\n`
      : "";
  };
  const render = (): string => head + noteFor() + blocks.map((block, i) => block.levels[level[i]!]!).join("");
  let text = render();
  while (text.length > limit) {
    let pick = -1;
    for (let i = 0; i < blocks.length; i++) {
      if (level[i]! >= blocks[i]!.levels.length - 1) continue;
      // Lowest priority first; among equals, the later block (further down the page).
      if (pick === -1 || blocks[i]!.priority <= blocks[pick]!.priority) pick = i;
    }
    if (pick === -1) return cutAtLine(text, limit, fullReport);
    level[pick]!++;
    text = render();
  }
  return text;
}

/** The last resort: whole lines up to the limit, then one line saying the rest was cut. */
function cutAtLine(text: string, limit: number, fullReport: string): string {
  const tail = `\n\n> **Cut here to fit ${limit.toLocaleString("en-US")} characters.** The full report: ${fullReport}.\n`;
  const room = limit - tail.length;
  const cut = text.lastIndexOf("\n", room);
  return text.slice(0, cut > 0 ? cut : room) + tail;
}

/**
 * The usual shrinking of a list section: every line, then the first `keep` lines
 * for each step the list is longer than. Each level comes with what it cuts.
 */
export function listLevels(
  lines: readonly string[],
  wrap: (lines: readonly string[]) => string,
  name: string,
  steps: readonly number[] = [50, 10],
): { levels: string[]; cuts: string[] } {
  const levels = [wrap(lines)];
  const cuts: string[] = [];
  for (const keep of steps) {
    if (lines.length <= keep) continue;
    levels.push(wrap([...lines.slice(0, keep), `- … and ${lines.length - keep} more`]));
    cuts.push(`${name}: only the first ${keep} of ${lines.length}`);
  }
  return { levels, cuts };
}
