/**
 * Each surface change → the contract changes (diff engine) that caused it.
 *
 * The scope comes from the owner: an operation's names (function, Input,
 * Result, Error, validators) take the contract changes of that operationId; a
 * named model takes the changes located under any place the model occurs in
 * either document (NamedModel.occurrences, JSON pointers: removals point into
 * the base, the rest into the revision). The detail then narrows it: a
 * property path to the changes under that property, an error variant to its
 * response status. Documentation-only changes never cause a surface change.
 */
import type { Change } from "../diff/types.js";
import type { ApiModel } from "../model/types.js";
import type { Difference } from "./compare.js";
import type { SurfaceCause, SurfaceGroup } from "./types.js";

/** A change names at most this many causes; `causeCount` says how many there were. */
export const MAX_CAUSES = 5;

export interface LinkScope {
  operationIds: Map<string, Set<string>>;
  operationPointers: Map<string, Set<string>>;
  occurrences: Map<string, string[]>;
}

/** What both sides' models say about operations and models, by function and model name. */
export function linkScope(models: readonly ApiModel[]): LinkScope {
  const scope: LinkScope = { operationIds: new Map(), operationPointers: new Map(), occurrences: new Map() };
  for (const model of models) {
    for (const op of model.operations) {
      add(scope.operationIds, op.functionName, op.operationId);
      add(scope.operationPointers, op.functionName, `/paths/${escapePointer(op.path)}/${op.method}`);
    }
    for (const named of model.models)
      scope.occurrences.set(named.name, [...(scope.occurrences.get(named.name) ?? []), ...named.occurrences]);
  }
  return scope;
}

export function linkCauses(
  difference: Difference,
  group: SurfaceGroup,
  changes: readonly Change[],
  scope: LinkScope,
): { causes: SurfaceCause[]; causeCount: number } {
  const contract = changes.filter((change) => change.severity !== "docs");
  let found: Change[];
  if (group.kind === "function") {
    const ids = scope.operationIds.get(group.name) ?? new Set<string>();
    const inScope = contract.filter((change) => change.operationId !== null && ids.has(change.operationId));
    found = narrow(difference, inScope, scope.operationPointers.get(group.name) ?? new Set());
  } else if (group.kind === "model") {
    const roots = (scope.occurrences.get(group.name) ?? []).map((pointer) => pointer.replace(/^#/, ""));
    // Under a place the model occurs, or above it (the operation that brought or took the model).
    const inScope = contract.filter((change) => roots.some((root) => under(change.location, root) || under(root, change.location)));
    found = narrow(difference, inScope, new Set(roots));
  } else {
    found = [];
  }
  const causes = found.slice(0, MAX_CAUSES).map((change) => ({
    id: change.id,
    severity: change.severity,
    operationId: change.operationId,
    location: change.location,
  }));
  return { causes, causeCount: found.length };
}

function narrow(difference: Difference, allInScope: Change[], anchors: Set<string>): Change[] {
  const detail = difference.detail;
  // What the consumer builds is caused by request changes, what it reads by response changes.
  const direction = difference.usage === "input" ? "request" : difference.usage === "output" ? "response" : undefined;
  const inScope = direction ? allInScope.filter((change) => change.direction === direction || change.direction === "both") : allInScope;
  const status = statusOf(difference);
  const atStatus = status ? allInScope.filter((change) => change.location.includes(`/responses/${status}`)) : [];
  if (atStatus.length > 0) return atStatus;
  if (detail && !difference.rule.startsWith("parameter-")) {
    // The last segment of a member path, as the contract names it: a JSON pointer segment or a backticked name.
    const leaf = detail.replace(/\(\)$/, "").split(".").pop()!.replace(/\[\]$/, "");
    const segment = `/properties/${escapePointer(leaf)}`;
    const byName = inScope.filter(
      (change) =>
        change.location.endsWith(segment) ||
        change.location.includes(`${segment}/`) ||
        change.message.includes(`\`${leaf}\``) ||
        change.message.includes(`.${leaf}\``),
    );
    return byName.length > 0 ? byName : inScope.filter((change) => anchors.has(change.location));
  }
  // A whole export came, went or changed shape: the operation (or model) level changes first.
  const atAnchor = inScope.filter((change) => anchors.has(change.location));
  return atAnchor.length > 0 ? atAnchor : inScope;
}

/** An error status the difference is about: an error variant, an ErrorBodies key, a `…Response409` validator. */
function statusOf(difference: Difference): string | undefined {
  const detail = difference.detail ?? "";
  const fromDetail = /^ApiError<(\d{3})/.exec(detail)?.[1] ?? /^(\d{3})$/.exec(detail)?.[1];
  return fromDetail ?? /Response(\d{3})$/.exec(difference.exportName)?.[1];
}

function under(location: string, root: string): boolean {
  return location === root || location.startsWith(`${root}/`);
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
