/**
 * The result model of one bench run and its markdown rendering (pure).
 * A row of the issue's table becomes one or more `Line`s: one per figure
 * (wall time, peak memory, …), each with ours, every peer and the ratio ours ÷ peer.
 */
import { formatBytes, formatDuration, formatRate, formatRatio, ratio } from "./stats.js";

export type Unit = "ms" | "bytes" | "ops/s";

/** A measured figure, or why there is none. */
export type Cell =
  | { status: "ok"; value: number; samples?: number[]; note?: string }
  /** The part being measured is not built yet (ours) or not installed. */
  | { status: "n/a"; reason: string }
  /** It ran and failed (non-zero exit, rejected payload, compile error): reported, never timed. */
  | { status: "failed"; reason: string };

export interface PeerCell {
  name: string;
  cell: Cell;
}

export interface Line {
  /** Row of the issue's table: "generate", "typecheck", … */
  row: string;
  /** What this line measures, with the direction that is better. */
  measured: string;
  unit: Unit;
  /** "neither": context only (e.g. output size), no direction to read the ratio in. */
  better: "lower" | "higher" | "neither";
  ours: Cell;
  peers: PeerCell[];
  /** The issue's goal for this figure, read in the table as met or not (absent: context only). */
  goal?: Goal;
}

/**
 * A goal as a ratio: ours ÷ `peer` at most `max` (lower is better), e.g. the bundle at or under
 * openapi-fetch (`max` 1); or, where no peer does the job, as a figure: ours at most `within`
 * (in the line's unit, e.g. a diff within 250 ms). `text` says it in the table; `unmet` says
 * what meeting it would take.
 */
export type Goal = { text: string; unmet?: string } & ({ peer: string; max: number } | { within: number });

/** "met", "not met (…)", or null when ours or the goal's peer was not measured. */
export function goalVerdict(line: Line): string | null {
  const goal = line.goal;
  if (!goal) return null;
  let met: boolean;
  if ("within" in goal) {
    if (line.ours.status !== "ok") return null;
    met = line.ours.value <= goal.within;
  } else {
    const peer = line.peers.find((p) => p.name === goal.peer);
    const r = peer ? lineRatio(line.ours, peer.cell) : null;
    if (r === null) return null;
    met = r <= goal.max;
  }
  return met ? "met" : `not met${goal.unmet ? `: ${goal.unmet}` : ""}`;
}

export const ok = (value: number, extra: { samples?: number[]; note?: string } = {}): Cell => ({ status: "ok", value, ...extra });
export const notAvailable = (reason: string): Cell => ({ status: "n/a", reason });
export const failed = (reason: string): Cell => ({ status: "failed", reason });

export function formatValue(value: number, unit: Unit): string {
  if (unit === "ms") return formatDuration(value);
  if (unit === "bytes") return formatBytes(value);
  return formatRate(value);
}

export function formatCell(cell: Cell, unit: Unit): string {
  if (cell.status === "n/a") return `n/a (${cell.reason})`;
  if (cell.status === "failed") return `failed (${cell.reason})`;
  const text = formatValue(cell.value, unit);
  return cell.note ? `${text} (${cell.note})` : text;
}

/** ours ÷ peer when both were measured. */
export function lineRatio(ours: Cell, peer: Cell): number | null {
  if (ours.status !== "ok" || peer.status !== "ok") return null;
  return ratio(ours.value, peer.value);
}

/** Pipes and newlines would break a markdown table row. */
export function escapeCell(text: string): string {
  return text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
}

export const TABLE_HEADER = ["row", "measured", "ours", "peers → ours ÷ peer"] as const;

/** One markdown table; peers of a line share one cell as `name value → ×ratio`, separated by `; `. */
export function renderTable(lines: readonly Line[]): string {
  const rows = lines.map((line) => {
    const peers = line.peers.length
      ? line.peers
          .map((peer) => {
            const r = lineRatio(line.ours, peer.cell);
            return `${peer.name} ${formatCell(peer.cell, line.unit)}${r === null ? "" : ` → ${formatRatio(r)}`}`;
          })
          .join("; ")
      : "—";
    const better = line.better === "neither" ? line.measured : `${line.measured} (${line.better} is better)`;
    const verdict = goalVerdict(line);
    const measured = line.goal ? `${better}; goal ${line.goal.text}${verdict ? `: ${verdict}` : ""}` : better;
    return [line.row, measured, formatCell(line.ours, line.unit), peers];
  });
  const all = [[...TABLE_HEADER], TABLE_HEADER.map(() => "---"), ...rows];
  return `${all.map((cells) => `| ${cells.map(escapeCell).join(" | ")} |`).join("\n")}\n`;
}
