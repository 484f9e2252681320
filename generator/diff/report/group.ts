/**
 * Grouping for the human reports: the same change repeated across many
 * operations (the errors[] item shape in 103 error responses) becomes one group
 * naming the operations. JSON output is never grouped.
 */
import { stableStringify } from "../../json.js";
import { type Change, SEVERITIES, type Severity } from "../types.js";

export interface ChangeGroup {
  id: string;
  severity: Severity;
  /** The first change's message, with the status generalised when the group spans several. */
  message: string;
  changes: Change[];
  /** "GET /v1/calls (400, 401)" per operation, in report order. */
  operations: string[];
}

/**
 * Same rule, same before/after, same message once the response status is set
 * aside: `errors[]` in response 400 and in response 500 of twenty operations is
 * one group, while `data.from` and `data[].from` stay apart.
 */
function groupKey(change: Change): string {
  const message = change.message.replace(/\bresponse (\d\d\d|\dXX|default)\b/g, "response *");
  const operationFree = change.method && change.path ? message.split(`${change.method} ${change.path}`).join("<op>") : message;
  return [change.id, stableStringify(change.before), stableStringify(change.after), operationFree].join("\u0000");
}

export function statusOf(change: Change): string | null {
  return /\/responses\/([^/]+)/.exec(change.location)?.[1] ?? null;
}

export function groupChanges(changes: readonly Change[]): ChangeGroup[] {
  const groups = new Map<string, Change[]>();
  for (const change of changes) {
    const key = groupKey(change);
    const list = groups.get(key);
    if (list) list.push(change);
    else groups.set(key, [change]);
  }
  const out: ChangeGroup[] = [];
  for (const list of groups.values()) {
    const first = list[0]!;
    const statuses = [...new Set(list.map(statusOf).filter((s): s is string => s !== null))].sort();
    const message =
      statuses.length > 1 ? first.message.replace(/response (\d\d\d|\dXX|default)\b/, `responses ${statuses.join("/")}`) : first.message;
    const byOperation = new Map<string, Set<string>>();
    for (const change of list) {
      if (change.method === null || change.path === null) continue;
      const name = `${change.method} ${change.path}`;
      const set = byOperation.get(name) ?? new Set<string>();
      const status = statusOf(change);
      if (status) set.add(status);
      byOperation.set(name, set);
    }
    const operations = [...byOperation].map(([name, set]) => (set.size ? `${name} (${[...set].sort().join(", ")})` : name));
    out.push({ id: first.id, severity: first.severity, message, changes: list, operations });
  }
  // Most severe first; within a severity, keep the engine's total order of the first member.
  return out.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}

/** "GET /v1/calls" for one operation; "20 operations" for many. */
export function operationsLabel(group: ChangeGroup): string {
  if (group.operations.length === 0) return "document";
  if (group.operations.length === 1) return group.operations[0]!;
  return `${group.operations.length} operations`;
}
