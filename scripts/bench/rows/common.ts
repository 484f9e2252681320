/** Turning task outcomes into table cells. */
import type { ProcessRun, TaskOutcome } from "../measure.js";
import { NotBuilt } from "../ours.js";
import { median } from "../stats.js";
import { type Cell, failed, notAvailable, ok } from "../table.js";

/** Median of one figure over a task's runs; a failed task gives a "failed" cell. */
export function medianCell<T>(outcome: TaskOutcome<T> | undefined, pick: (run: T) => number | null): Cell {
  if (!outcome) return notAvailable("not run");
  if (!outcome.ok) return failed(outcome.reason);
  const samples = outcome.runs.map(pick).filter((v): v is number => v !== null);
  if (samples.length === 0) return notAvailable("not measured on this machine");
  return ok(median(samples), { samples });
}

export const wall = (run: ProcessRun): number => run.wallMs;
export const peak = (run: ProcessRun): number | null => run.peakBytes;

/** A cell for an error thrown while preparing one side: NotBuilt → n/a, anything else → failed. */
export function errorCell(error: unknown): Cell {
  if (error instanceof NotBuilt) return notAvailable(error.message);
  return failed(error instanceof Error ? (error.message.split("\n")[0] ?? "error") : String(error));
}
