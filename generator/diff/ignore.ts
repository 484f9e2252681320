/**
 * The ignore file: known, accepted changes, listed by rule id and location with a
 * reason, so a team can accept one finding without silencing its rule.
 *
 * Name: `openphone-diff-ignore.json` at the repository root (or `--ignore <file>`).
 * Format: a JSON array of entries
 *   { "id": "<rule id>", "location": "<JSON pointer from the report>", "reason": "<why it is fine>",
 *     "method": "GET", "path": "/v1/contacts" }      // method and path optional: narrow to one operation
 * An entry matches a change when id and location are equal (and method/path, when given).
 */
import { readFileSync } from "node:fs";
import { InputError } from "../errors.js";
import { RULES_BY_ID } from "./rules/index.js";
import type { Change } from "./types.js";

export const DEFAULT_IGNORE_FILE = "openphone-diff-ignore.json";

export interface IgnoreEntry {
  id: string;
  location: string;
  reason: string;
  method?: string;
  path?: string;
}

export function loadIgnoreFile(path: string): IgnoreEntry[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw new InputError(
      `Cannot read the ignore file ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)}). Check the path given to --ignore.`,
    );
  }
  return parseIgnoreFile(text, path);
}

export function parseIgnoreFile(text: string, path: string): IgnoreEntry[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = lineOfParseError(text, message);
    throw new InputError(
      `The ignore file ${path} is not valid JSON${line ? ` (line ${line})` : ""}: ${message}. It must be a JSON array of {"id", "location", "reason"} objects; fix the syntax at that line.`,
    );
  }
  if (!Array.isArray(value)) {
    throw new InputError(
      `The ignore file ${path} must hold a JSON array (line 1), e.g. [{"id": "operation-removed", "location": "/paths/~1v1~1contacts/get", "reason": "..."}]; found ${value === null ? "null" : typeof value}.`,
    );
  }
  const starts = elementLines(text);
  return value.map((entry, index) => {
    const line = starts[index] ?? 1;
    const fail = (problem: string) =>
      new InputError(
        `The ignore file ${path} has a bad entry at line ${line} (entry ${index + 1}): ${problem}. Each entry needs "id" (a rule id), "location" (the JSON pointer the report printed) and a non-empty "reason"; "method" and "path" are optional.`,
      );
    if (entry === null || typeof entry !== "object" || Array.isArray(entry)) throw fail("it is not an object");
    const record = entry as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!["id", "location", "reason", "method", "path"].includes(key)) throw fail(`unknown key ${JSON.stringify(key)}`);
    }
    if (typeof record.id !== "string" || !record.id) throw fail(`"id" is missing or not a string`);
    if (!RULES_BY_ID.has(record.id)) throw fail(`"id" ${JSON.stringify(record.id)} is not a rule id (see generator/diff/rules/index.ts)`);
    if (typeof record.location !== "string" || (record.location !== "" && !record.location.startsWith("/")))
      throw fail(`"location" must be a JSON pointer string starting with "/"`);
    if (typeof record.reason !== "string" || !record.reason.trim())
      throw fail(`"reason" is missing or empty: say why the change is accepted`);
    if (record.method !== undefined && typeof record.method !== "string") throw fail(`"method" must be a string like "GET"`);
    if (record.path !== undefined && typeof record.path !== "string") throw fail(`"path" must be a string like "/v1/contacts"`);
    const out: IgnoreEntry = { id: record.id, location: record.location, reason: record.reason };
    if (typeof record.method === "string") out.method = record.method.toUpperCase();
    if (typeof record.path === "string") out.path = record.path;
    return out;
  });
}

export function applyIgnores(changes: Change[], ignores: IgnoreEntry[]): { kept: Change[]; ignored: Change[] } {
  const kept: Change[] = [];
  const ignored: Change[] = [];
  for (const change of changes) {
    const hit = ignores.some(
      (entry) =>
        entry.id === change.id &&
        entry.location === change.location &&
        (entry.method === undefined || entry.method === change.method) &&
        (entry.path === undefined || entry.path === change.path),
    );
    (hit ? ignored : kept).push(change);
  }
  return { kept, ignored };
}

function lineOfParseError(text: string, message: string): number | null {
  const explicit = /line (\d+)/.exec(message);
  if (explicit) return Number(explicit[1]);
  const position = /position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : firstSyntaxError(text);
  return offset === null ? null : text.slice(0, offset).split("\n").length;
}

/**
 * Offset of the first JSON syntax error (Node's JSON.parse message does not
 * always carry one): a minimal recursive-descent reader over RFC 8259 grammar.
 */
function firstSyntaxError(text: string): number | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && " \t\r\n".includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ":") fail();
        i++;
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "}") {
          i++;
          return;
        } else fail();
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "]") {
          i++;
          return;
        } else fail();
      }
    }
    if (c === '"') {
      string();
      return;
    }
    const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!literal) fail();
    i += literal![0].length;
  };
  const string = (): void => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === "\\") i++;
      else if (text.charCodeAt(i) < 0x20) fail();
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  try {
    value();
    ws();
    return i < text.length ? i : null;
  } catch (offset) {
    return typeof offset === "number" ? Math.min(offset, text.length) : null;
  }
}

/** Line on which each element of the top-level array starts (a small scanner: JSON.parse keeps no positions). */
function elementLines(text: string): number[] {
  const out: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n") line++;
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (/\s/.test(c)) continue;
    if (depth === 1 && expectElement && c !== "]") {
      out.push(line);
      expectElement = false;
    }
    if (c === '"') inString = true;
    else if (c === "[" || c === "{") {
      depth++;
      if (depth === 1) expectElement = true;
    } else if (c === "]" || c === "}") depth--;
    else if (c === "," && depth === 1) expectElement = true;
  }
  return out;
}
