/** Folding the latest table into a README between two markers (pure text in, text out). */

export const README_START = "<!-- bench:start -->";
export const README_END = "<!-- bench:end -->";

/** `text` with everything between the markers replaced by `block`; the markers stay. */
export function replaceBetweenMarkers(text: string, block: string, file = "the README"): string {
  const start = text.indexOf(README_START);
  const end = text.indexOf(README_END);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(
      `${file} has no ${README_START} … ${README_END} pair; add both markers on their own lines where the latest table belongs, then rerun.`,
    );
  }
  return `${text.slice(0, start + README_START.length)}\n${block.trim()}\n${text.slice(end)}`;
}
