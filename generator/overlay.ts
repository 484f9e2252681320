/**
 * OpenAPI Overlay 1.0 (https://spec.openapis.org/overlay/v1.0.0.html): the
 * committed, reviewed corrections to what the upstream document gets wrong
 * (openphone.overlay.json). The first correction step (correct.ts): everything
 * generated sees the patched contract, while the snapshot keeps the upstream's
 * bytes and the diff compares upstream to upstream.
 *
 * Supported: `actions[]` in order, each with a `target` and either
 * `remove: true` (delete every selected node from its parent) or `update`
 * (selected objects: deep merge — objects merge key by key, anything else is
 * replaced; selected arrays: the value is appended).
 *
 * Targets are RFC 9535 JSONPath, all of it (filters such as
 * `$.paths[*][?@.operationId=='listMessages']`, `..`, slices, unions), evaluated
 * by jsonpath-rfc9535 (no dependencies; passes the JSONPath compliance test
 * suite). A node selected twice (`$.list[0,0]`) is acted on once. A target that
 * does not parse is refused with an error naming the file, the action and the
 * character.
 *
 * One deliberate strictness beyond Overlay 1.0: a target that selects nothing
 * is an error. For a patch of known upstream errors, a silently unmatched
 * target means the upstream moved and the correction no longer applies — a
 * reviewer must look.
 */
import { exec } from "jsonpath-rfc9535";
import type { JsonObject, JsonValue } from "./core.js";
import { InputError } from "./errors.js";

interface Selected {
  parent: JsonObject | JsonValue[] | undefined;
  key: string | number | undefined;
  value: JsonValue;
}

export function applyOverlay(document: JsonObject, overlay: JsonObject, overlayFile: string): JsonObject {
  const actions = readActions(overlay, overlayFile);
  const root = structuredClone(document);
  actions.forEach((action, index) => {
    const where = `${overlayFile}: actions[${index}] (target ${JSON.stringify(action.target)})`;
    const selected = select(root, action.target, where);
    if (selected.length === 0) {
      throw new InputError(
        `${where} selects nothing in the document. The upstream changed where this correction applies; ` +
          `review the action against the new document and update or delete it in ${overlayFile}.`,
      );
    }
    if (action.remove) removeAll(selected, where);
    else if (action.update !== undefined) for (const node of selected) updateNode(node, action.update, where);
  });
  return root;
}

interface Action {
  target: string;
  update?: JsonValue;
  remove: boolean;
}

function readActions(overlay: JsonObject, file: string): Action[] {
  const version = overlay.overlay;
  if (typeof version !== "string" || !/^1\.0\.\d+$/.test(version)) {
    throw new InputError(
      `${file}: "overlay" must be an Overlay 1.0 version such as "1.0.0" (found ${JSON.stringify(version ?? null)}). Fix the version field.`,
    );
  }
  const info = overlay.info;
  if (
    info === null ||
    typeof info !== "object" ||
    Array.isArray(info) ||
    typeof info.title !== "string" ||
    typeof info.version !== "string"
  ) {
    throw new InputError(`${file}: "info" must be an object with string "title" and "version" (Overlay 1.0 §4.3.2). Add them.`);
  }
  const actions = overlay.actions;
  if (!Array.isArray(actions) || actions.length === 0) {
    throw new InputError(`${file}: "actions" must be a non-empty array of action objects. Add at least one action or delete the file.`);
  }
  return actions.map((raw, index): Action => {
    const where = `${file}: actions[${index}]`;
    if (raw === null || typeof raw !== "object" || Array.isArray(raw))
      throw new InputError(`${where} must be an object with "target" and "update" or "remove".`);
    if (typeof raw.target !== "string") throw new InputError(`${where} needs a string "target" (a JSONPath starting with "$").`);
    if (raw.remove !== undefined && typeof raw.remove !== "boolean") throw new InputError(`${where}: "remove" must be true or false.`);
    if (raw.remove !== true && raw.update === undefined)
      throw new InputError(`${where} has neither "update" nor "remove": true; it would do nothing. Add one or delete the action.`);
    return { target: raw.target, remove: raw.remove === true, ...(raw.update !== undefined ? { update: raw.update } : {}) };
  });
}

/** The nodes `target` selects, each with its parent and key, once each, in document order. */
function select(root: JsonObject, target: string, where: string): Selected[] {
  if (!target.startsWith("$")) refuseTarget(where, 0, 'a target must start with "$"');
  const found = new Map<string, Array<string | number>>();
  try {
    exec(root, target, (_value, path) => {
      found.set(JSON.stringify(path), [...path]);
    });
  } catch (error) {
    const at = (error as { location?: { start?: { offset?: number } } }).location?.start?.offset;
    if (typeof at !== "number") throw error;
    refuseTarget(where, at, (error as Error).message);
  }
  return [...found.values()].map((path) => locate(root, path));
}

function refuseTarget(where: string, at: number, what: string): never {
  throw new InputError(
    `${where}: invalid JSONPath at character ${at} (${what}). Targets are RFC 9535 JSONPath, such as ` +
      `$.paths['/v1/messages'].get or $.paths[*][?@.operationId=='listMessages']; fix the target.`,
  );
}

/** Walk a selected node's path to its parent. */
function locate(root: JsonObject, path: Array<string | number>): Selected {
  if (path.length === 0) return { parent: undefined, key: undefined, value: root };
  const keys = path.map((key) => (typeof key === "number" ? key : memberName(key)));
  let parent: JsonObject | JsonValue[] = root;
  for (const key of keys.slice(0, -1)) parent = (parent as Record<string | number, JsonValue>)[key] as JsonObject | JsonValue[];
  const key = keys.at(-1)!;
  return { parent, key, value: (parent as Record<string | number, JsonValue>)[key]! };
}

const NORMALIZED_ESCAPES: Record<string, string> = { b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", "'": "'", "\\": "\\" };

/**
 * The evaluator reports member names as written in a normalized path (RFC 9535 §2.7):
 * `'`, `\` and control characters escaped. Back to the name itself.
 */
function memberName(normalized: string): string {
  return normalized.replace(/\\(?:u([0-9a-f]{4})|(.))/g, (_match, hex: string | undefined, char: string) =>
    hex === undefined ? (NORMALIZED_ESCAPES[char] ?? char) : String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

function removeAll(selected: Selected[], where: string): void {
  if (selected.some((node) => node.parent === undefined))
    throw new InputError(`${where}: "remove" cannot remove the whole document ($). Target a node inside it.`);
  // Members first; then array items from the highest index down, so no removal shifts an
  // index still to come (a target with `..` or a union can select items of several arrays).
  const members = selected.filter((node) => typeof node.key === "string");
  const items = selected.filter((node) => typeof node.key === "number").sort((a, b) => (b.key as number) - (a.key as number));
  for (const node of members) delete (node.parent as JsonObject)[node.key as string];
  for (const node of items) (node.parent as JsonValue[]).splice(node.key as number, 1);
}

function updateNode(node: Selected, update: JsonValue, where: string): void {
  const target = node.value;
  if (Array.isArray(target)) {
    target.push(structuredClone(update));
    return;
  }
  if (target === null || typeof target !== "object") {
    throw new InputError(
      `${where} selects a ${target === null ? "null" : typeof target} value; "update" needs an object or array target (Overlay 1.0 §4.3.3). Target its parent object instead.`,
    );
  }
  if (update === null || typeof update !== "object" || Array.isArray(update)) {
    throw new InputError(`${where}: "update" must be an object when the target is an object (Overlay 1.0 §4.3.3).`);
  }
  mergeInto(target, update);
}

/** Deep merge: objects merge key by key; any other value replaces what was there. */
function mergeInto(target: JsonObject, update: JsonObject): void {
  for (const key of Object.keys(update)) {
    const incoming = update[key]!;
    const current = Object.hasOwn(target, key) ? target[key] : undefined;
    const bothObjects =
      current !== undefined &&
      current !== null &&
      typeof current === "object" &&
      !Array.isArray(current) &&
      incoming !== null &&
      typeof incoming === "object" &&
      !Array.isArray(incoming);
    if (bothObjects) mergeInto(current as JsonObject, incoming as JsonObject);
    // defineProperty, not assignment: a key named "__proto__" must stay an own data property.
    else Object.defineProperty(target, key, { value: structuredClone(incoming), enumerable: true, writable: true, configurable: true });
  }
}
