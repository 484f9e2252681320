/**
 * diffSpecs: walk the two documents once, run each rule on the pairs it
 * subscribes to, attach the table's severity, drop duplicates and sort.
 */
import type { JsonObject } from "../core.js";
import { compareCodeUnits as cmp, stableStringify } from "../json.js";
import { indexBranching, unbranchedReason } from "./branching.js";
import { RULES } from "./rules/index.js";
import { walkSpecs } from "./structural.js";
import type { Change, PairKind, RuleEntry, Severity } from "./types.js";

export interface DiffOptions {
  /** Run only these rule ids (the per-rule fixture tests use this). */
  only?: readonly string[];
}

export function diffSpecs(base: JsonObject, revision: JsonObject, options: DiffOptions = {}): Change[] {
  const byKind = new Map<PairKind, RuleEntry[]>();
  for (const entry of RULES) {
    if (options.only && !options.only.includes(entry.rule.id)) continue;
    const list = byKind.get(entry.rule.on) ?? [];
    list.push(entry);
    byKind.set(entry.rule.on, list);
  }
  const changes = new Map<string, Change>();
  // Built only when some rule can be ranked down: most rule subsets never need it.
  let branching: ReturnType<typeof indexBranching> | undefined;
  walkSpecs(base, revision, (kind, pair, ctx, at) => {
    for (const entry of byKind.get(kind) ?? []) {
      if (entry.direction !== "both" && ctx.direction !== "both" && entry.direction !== ctx.direction) continue;
      for (const found of entry.rule.check(pair as never, ctx, at)) {
        const change: Change = {
          id: entry.rule.id,
          severity: entry.severity,
          direction: entry.direction === "both" ? ctx.direction : entry.direction,
          operationId: ctx.operationId,
          method: ctx.method,
          path: ctx.path,
          location: found.location,
          before: found.before,
          after: found.after,
          message: found.message,
        };
        if (entry.unbranched) {
          branching ??= indexBranching(base, revision);
          const why = unbranchedReason(ctx, branching);
          if (why) {
            change.severity = entry.unbranched;
            change.unbranched = why;
          }
        }
        // One entry per rule, operation and location: the same component reached twice is one change.
        const key = `${change.id}\u0000${change.method}\u0000${change.path}\u0000${change.location}\u0000${stableStringify(change.before)}\u0000${stableStringify(change.after)}`;
        if (!changes.has(key)) changes.set(key, change);
      }
    }
  });
  return [...changes.values()].sort(compareChanges);
}

const METHOD_ORDER = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"];

/** A total order: document-level changes first, then by path, method, location, rule id, values. */
export function compareChanges(a: Change, b: Change): number {
  return (
    cmp(a.path ?? "", b.path ?? "") ||
    METHOD_ORDER.indexOf(a.method ?? "") - METHOD_ORDER.indexOf(b.method ?? "") ||
    cmp(a.location, b.location) ||
    cmp(a.id, b.id) ||
    cmp(stableStringify(a.before), stableStringify(b.before)) ||
    cmp(stableStringify(a.after), stableStringify(b.after)) ||
    cmp(a.message, b.message)
  );
}

export function summarize(changes: readonly Change[]): Record<Severity, number> {
  const counts = { breaking: 0, warning: 0, info: 0, docs: 0 };
  for (const change of changes) counts[change.severity]++;
  return counts;
}
