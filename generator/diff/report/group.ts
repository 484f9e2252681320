/**
 * Grouping for the human reports. JSON output is never grouped.
 *
 * - The same change repeated across operations (the errors[] item shape in 103
 *   error responses) is one group naming the operations.
 * - The same change at different places (an E.164 `pattern` dropped from eleven
 *   phone fields, in requests and responses alike) is one group listing the places:
 *   same rule family (request-/response- twins together), same severity, same
 *   before/after, same message once the place is set aside.
 * - Documentation-only edits are counted per operation (`docsByOperation`).
 */
import { stableStringify } from "../../json.js";
import { type Change, SEVERITIES, type Severity } from "../types.js";

export interface ChangeGroup {
  /** The first member's rule id. */
  id: string;
  /** Every rule id in the group, sorted (a request rule and its response twin can share a group). */
  ids: string[];
  severity: Severity;
  /** One place: the first change's message, statuses generalised. Several places: what changed, without the place. */
  message: string;
  changes: Change[];
  /** "GET /v1/calls (400, 401)" per operation, in report order. */
  operations: string[];
  /** Several places only: "GET /v1/calls: `data[].from` in response 200 (application/json)", one per place. */
  locations: string[];
  /** Why the group was ranked below its rule's severity (diff/branching.ts), when it was. */
  unbranched?: string;
}

const STATUS = /\bresponse (\d\d\d|\dXX|default)\b/g;

/**
 * "`data[].from` in response 200 (application/json): pattern `x` → (none)" →
 * the place and what happened there. Only messages shaped `${where}: ...` split
 * (rules/helpers.ts `where`); the colon inside backticks is part of a name.
 */
export function splitPlace(message: string): { place: string; what: string } | undefined {
  let inCode = false;
  for (let i = 0; i < message.length - 1; i++) {
    const c = message[i];
    if (c === "`") inCode = !inCode;
    else if (!inCode && c === ":" && message[i + 1] === " ") {
      const place = message.slice(0, i);
      if (!/(parameter `|request body|response |^operation$|^document$|^API info$|^tag `)/.test(place)) return undefined;
      return { place, what: message.slice(i + 2) };
    }
  }
  return undefined;
}

const family = (id: string): string => id.replace(/^(request|response)-/, "");

function operationOf(change: Change): string | null {
  return change.method && change.path ? `${change.method} ${change.path}` : null;
}

function groupKey(change: Change): string {
  const split = splitPlace(change.message);
  const values = [stableStringify(change.before), stableStringify(change.after), change.unbranched ?? ""];
  if (split) return ["place", family(change.id), change.severity, ...values, split.what].join("\u0000");
  const message = change.message.replace(STATUS, "response *");
  const operation = operationOf(change);
  const operationFree = operation ? message.split(operation).join("<op>") : message;
  return ["message", change.id, ...values, operationFree].join("\u0000");
}

export function statusOf(change: Change): string | null {
  return /\/responses\/([^/]+)/.exec(change.location)?.[1] ?? null;
}

/** The place a change is at, with its status generalised: equal for the same field under 400 and 500. */
function placeKey(change: Change): string {
  return (splitPlace(change.message)?.place ?? change.message).replace(STATUS, "response *");
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
    const places = new Set(list.map(placeKey));
    const byOperation = new Map<string, Set<string>>();
    for (const change of list) {
      const name = operationOf(change);
      if (name === null) continue;
      const set = byOperation.get(name) ?? new Set<string>();
      const status = statusOf(change);
      if (status) set.add(status);
      byOperation.set(name, set);
    }
    const operations = [...byOperation].map(([name, set]) => (set.size ? `${name} (${[...set].sort().join(", ")})` : name));
    let message = first.message;
    let locations: string[] = [];
    if (places.size > 1) {
      message = splitPlace(first.message)?.what ?? first.message;
      locations = [
        ...new Set(
          list.map((c) => {
            const where = splitPlace(c.message)?.place ?? c.message;
            const operation = operationOf(c);
            return operation ? `${operation}: ${where}` : where;
          }),
        ),
      ];
    } else if (statuses.length > 1) {
      message = first.message.replace(/response (\d\d\d|\dXX|default)\b/, `responses ${statuses.join("/")}`);
    }
    out.push({
      id: first.id,
      ids: [...new Set(list.map((c) => c.id))].sort(),
      severity: first.severity,
      message,
      changes: list,
      operations,
      locations,
      ...(first.unbranched ? { unbranched: first.unbranched } : {}),
    });
  }
  // Most severe first; within a severity, keep the engine's total order (by path) of the first member.
  return out.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}

/** "GET /v1/calls" for one operation; "20 operations"; "11 places in 6 operations". */
export function operationsLabel(group: ChangeGroup): string {
  const where =
    group.operations.length === 0
      ? "document"
      : group.operations.length === 1
        ? group.operations[0]!
        : `${group.operations.length} operations`;
  if (group.locations.length > 1) return `${group.locations.length} places in ${where.replace(/ \([^)]*\)$/, "")}`;
  return where;
}

export interface DocsCount {
  /** "GET /v1/calls", or "document" for edits outside operations. */
  operation: string;
  count: number;
  /** Rule id → count, e.g. description-changed → 8. */
  kinds: Map<string, number>;
}

/** Documentation-only edits, one count per operation (document-level ones first). */
export function docsByOperation(changes: readonly Change[]): DocsCount[] {
  const byOperation = new Map<string, DocsCount>();
  for (const change of changes) {
    if (change.severity !== "docs") continue;
    const operation = operationOf(change) ?? "document";
    const entry = byOperation.get(operation) ?? { operation, count: 0, kinds: new Map<string, number>() };
    entry.count++;
    entry.kinds.set(change.id, (entry.kinds.get(change.id) ?? 0) + 1);
    byOperation.set(operation, entry);
  }
  return [...byOperation.values()];
}
