import { summarize } from "../engine.js";
import type { Change } from "../types.js";
import type { ReportContext, ReportExtras } from "./context.js";

/**
 * The machine-readable report. `before`/`after` are null when that side has no
 * such thing (an added or removed operation, property, keyword); `unbranched`
 * appears only on changes ranked below their rule's severity, saying why.
 * `surface` (the TypeScript surface diff's entries) appears only when given.
 */
export function renderJson(changes: readonly Change[], ctx: ReportContext, extras: ReportExtras = {}): string {
  const report = {
    base: { source: ctx.base.source, sha256: ctx.base.sha256 },
    revision: { source: ctx.revision.source, sha256: ctx.revision.sha256 },
    summary: summarize(changes),
    ...(extras.surface ? { surface: extras.surface } : {}),
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
      ...(c.unbranched ? { unbranched: c.unbranched } : {}),
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
