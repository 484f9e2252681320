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
 * JSONPath subset (RFC 9535 syntax): `$`, `.name`, `['name']` / `["name"]`,
 * `[index]`, `.*` / `[*]`. Anything else (`..`, filters, slices, unions) is
 * refused with an error naming the file and the action.
 *
 * One deliberate strictness beyond Overlay 1.0: a target that selects nothing
 * is an error. For a patch of known upstream errors, a silently unmatched
 * target means the upstream moved and the correction no longer applies — a
 * reviewer must look.
 */
import type { JsonObject, JsonValue } from "./core.js";
import { InputError } from "./errors.js";

type Segment = { kind: "name"; name: string } | { kind: "index"; index: number } | { kind: "wildcard" };

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
    const segments = parseTarget(action.target, where);
    const selected = select(root, segments);
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

/** Parse the supported JSONPath subset; refuse the rest with the character position. */
export function parseTarget(target: string, where: string): Segment[] {
  const refuse = (at: number, what: string): never => {
    throw new InputError(
      `${where}: unsupported JSONPath at character ${at} (${what}). Supported: $, .name, ['name'], [index], .* and [*]; ` +
        `write the target as an explicit path such as $.paths['/v1/messages'].get.`,
    );
  };
  if (!target.startsWith("$")) refuse(0, 'a target must start with "$"');
  const segments: Segment[] = [];
  let i = 1;
  while (i < target.length) {
    const char = target[i];
    if (char === ".") {
      if (target[i + 1] === ".") refuse(i, "recursive descent '..'");
      if (target[i + 1] === "*") {
        segments.push({ kind: "wildcard" });
        i += 2;
        continue;
      }
      const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(target.slice(i + 1));
      if (match === null) refuse(i + 1, "a member name must start with a letter or _; use ['name'] for others");
      segments.push({ kind: "name", name: match![0] });
      i += 1 + match![0].length;
    } else if (char === "[") {
      const rest = target.slice(i + 1);
      if (rest.startsWith("*]")) {
        segments.push({ kind: "wildcard" });
        i += 3;
      } else if (rest[0] === "'" || rest[0] === '"') {
        const { name, length } = readQuoted(rest, rest[0], () => refuse(i + 1, "an unterminated or badly escaped string"));
        if (rest[length] !== "]") refuse(i + 1 + length, "a union or a missing ']'");
        segments.push({ kind: "name", name });
        i += 1 + length + 1;
      } else {
        const match = /^(-?\d+)\]/.exec(rest);
        if (match === null) refuse(i + 1, rest.startsWith("?") ? "a filter expression" : "a slice, union or expression");
        segments.push({ kind: "index", index: Number(match![1]) });
        i += 1 + match![0].length;
      }
    } else {
      refuse(i, `unexpected ${JSON.stringify(char)}`);
    }
  }
  return segments;
}

/** A quoted member name: returns the unescaped name and the characters consumed (quotes included). */
function readQuoted(text: string, quote: string, bad: () => never): { name: string; length: number } {
  let name = "";
  let i = 1;
  while (i < text.length) {
    const char = text[i]!;
    if (char === quote) return { name, length: i + 1 };
    if (char === "\\") {
      const next = text[i + 1];
      const simple: Record<string, string> = { b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", "/": "/", "\\": "\\", "'": "'", '"': '"' };
      if (next !== undefined && next in simple) {
        name += simple[next];
        i += 2;
      } else if (next === "u" && /^[0-9A-Fa-f]{4}$/.test(text.slice(i + 2, i + 6))) {
        name += String.fromCharCode(Number.parseInt(text.slice(i + 2, i + 6), 16));
        i += 6;
      } else {
        bad();
      }
    } else {
      name += char;
      i++;
    }
  }
  return bad();
}

function select(root: JsonObject, segments: Segment[]): Selected[] {
  let nodes: Selected[] = [{ parent: undefined, key: undefined, value: root }];
  for (const segment of segments) {
    const next: Selected[] = [];
    for (const node of nodes) {
      const value = node.value;
      if (value === null || typeof value !== "object") continue;
      if (Array.isArray(value)) {
        if (segment.kind === "wildcard") {
          for (const [index, item] of value.entries()) next.push({ parent: value, key: index, value: item });
        } else if (segment.kind === "index") {
          const index = segment.index < 0 ? value.length + segment.index : segment.index;
          if (index >= 0 && index < value.length) next.push({ parent: value, key: index, value: value[index]! });
        }
      } else if (segment.kind === "wildcard") {
        for (const key of Object.keys(value)) next.push({ parent: value, key, value: value[key]! });
      } else if (segment.kind === "name" && Object.hasOwn(value, segment.name)) {
        next.push({ parent: value, key: segment.name, value: value[segment.name]! });
      }
    }
    nodes = next;
  }
  return nodes;
}

function removeAll(selected: Selected[], where: string): void {
  // Array items from the highest index down, so earlier removals do not shift later ones.
  const ordered = [...selected].sort((a, b) => (typeof a.key === "number" && typeof b.key === "number" ? b.key - a.key : 0));
  for (const node of ordered) {
    if (node.parent === undefined)
      throw new InputError(`${where}: "remove" cannot remove the whole document ($). Target a node inside it.`);
    if (Array.isArray(node.parent)) node.parent.splice(node.key as number, 1);
    else delete node.parent[node.key as string];
  }
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
