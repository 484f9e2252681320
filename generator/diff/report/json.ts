import { summarize } from "../engine.js";
import type { Change } from "../types.js";
import type { ReportContext } from "./context.js";

/**
 * The machine-readable report. `before`/`after` are null when that side has no
 * such thing (an added or removed operation, property, keyword).
 */
export function renderJson(changes: readonly Change[], ctx: ReportContext): string {
  const report = {
    base: { source: ctx.base.source, sha256: ctx.base.sha256 },
    revision: { source: ctx.revision.source, sha256: ctx.revision.sha256 },
    summary: summarize(changes),
    changes: changes.map((c) => ({
      id: c.id,
      severity: c.severity,
      direction: c.direction,
      operationId: c.operationId,
      method: c.method,
      path: c.path,
      location: c.location,
      before: c.before ?? null,
      after: c.after ?? null,
      message: c.message,
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
