/**
 * The named-types emitter. Writes `src/models.ts`: ID aliases, the named
 * models, a generic `Page<T>` for list envelopes, and per operation its
 * input, result and error-bodies types (Operation.names: every name is
 * decided in the model). A small hand printer: deterministic,
 * fast, and every spec string goes through emit/escape.ts.
 *
 * Decision: `additionalProperties: true` (the JSON Schema default, and what every
 * upstream object implies) prints no index signature, so typos in inputs are still
 * caught; only a schema-valued `additionalProperties` prints `[key: string]: T`.
 */
import type { GeneratedFile, JsonValue } from "../core.js";
import { compareCodeUnits as compare } from "../json.js";
import { structuralKey } from "../model/names.js";
import type { ApiModel, InputField, KindTable, ObjectSchema, Operation, Schema, SchemaCommon } from "../model/types.js";
import { jsDoc, propertyKey, stringLiteral, templatePart } from "./escape.js";
import { GENERATED_HEADER } from "./header.js";

export function emitModels(model: ApiModel): GeneratedFile[] {
  const page = pageShape(model);
  const printer = new TypePrinter(page);
  const out: string[] = [GENERATED_HEADER.trimEnd(), ""];

  for (const alias of [...model.idAliases].sort((a, b) => compare(a.name, b.name))) {
    out.push(`/** An ID with the prefix ${stringLiteral(alias.prefix).slice(1, -1)}. */`);
    out.push(`export type ${alias.name} = \`${templatePart(alias.prefix)}\${string}\`;`, "");
  }
  if (page) {
    out.push("/** One page of a list endpoint: pass `nextPageToken` back as `pageToken` for the next; it is null on the last page. */");
    out.push("export interface Page<T> {", "  data: T[];");
    for (const p of page.rest)
      out.push(`${docOf(p.schema, "  ")}  ${propertyKey(p.name)}${p.required ? "" : "?"}: ${printer.print(p.schema)};`);
    out.push("}", "");
  }
  for (const m of [...model.models].sort((a, b) => compare(a.name, b.name))) {
    const doc = docOf(m.schema, "").trimEnd();
    if (doc) out.push(doc);
    if (m.schema.kind === "object" && !m.schema.nullable) out.push(`export interface ${m.names.type} ${printer.objectBody(m.schema, "")}`);
    else out.push(`export type ${m.names.type} = ${printer.print(m.schema)};`);
    out.push("");
  }
  for (const op of [...model.operations].sort((a, b) => compare(a.typeName, b.typeName))) out.push(...operationTypes(op, printer), "");
  const lines = out.filter((line, i) => !(line === "" && out[i - 1] === ""));
  return [{ path: "src/models.ts", contents: `${lines.join("\n").replace(/\n+$/, "")}\n`, typesOnly: true }];
}

function operationTypes(op: Operation, printer: TypePrinter): string[] {
  const lines: string[] = [];
  const summary = op.summary ?? op.operationId;
  // Input
  lines.push(
    jsDoc([
      `Input of \`${op.names.function}\` (${op.method.toUpperCase()} ${op.path}): ${summary}`,
      ...(op.deprecated ? ["@deprecated"] : []),
    ]).trimEnd(),
  );
  if (op.input.length === 0) lines.push(`export type ${op.names.input} = Record<string, never>;`);
  else {
    lines.push(`export interface ${op.names.input} {`);
    for (const f of op.input) lines.push(`${fieldDoc(f)}  ${propertyKey(f.name)}${f.required ? "" : "?"}: ${printer.print(f.schema)};`);
    lines.push("}");
  }
  // Result: the first documented 2xx body; void when it has none (204).
  const success = op.responses.find((r) => typeof r.status === "number" && r.status >= 200 && r.status < 300);
  lines.push(`/** Success body of \`${op.names.function}\`${success ? ` (HTTP ${success.status})` : ""}. */`);
  lines.push(`export type ${op.names.result} = ${success?.schema ? printer.print(success.schema) : "void"};`);
  // Error bodies: status -> documented body.
  const errors = op.responses.filter((r) => typeof r.status === "number" && r.status >= 400);
  lines.push(`/** Documented error bodies of \`${op.names.function}\`, by HTTP status. */`);
  if (errors.length === 0) lines.push(`export type ${op.names.errorBodies} = Record<never, never>;`);
  else {
    lines.push(`export interface ${op.names.errorBodies} {`);
    for (const r of errors) {
      if (r.description) lines.push(jsDoc([r.description], "  ").trimEnd());
      lines.push(`  ${r.status}: ${r.schema ? printer.print(r.schema) : "undefined"};`);
    }
    lines.push("}");
  }
  return lines;
}

function fieldDoc(f: InputField): string {
  const lines: string[] = [];
  if (f.description) lines.push(f.description);
  if (f.schema.default !== undefined) lines.push(`@default ${defaultText(f.schema.default)}`);
  if (f.deprecated) lines.push("@deprecated");
  return jsDoc(lines, "  ");
}

function docOf(schema: SchemaCommon, indent: string): string {
  const lines: string[] = [];
  if (schema.description) lines.push(schema.description);
  if (schema.default !== undefined) lines.push(`@default ${defaultText(schema.default)}`);
  if (schema.deprecated) lines.push("@deprecated");
  return jsDoc(lines, indent);
}

function defaultText(value: JsonValue): string {
  return JSON.stringify(value)
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** The first list envelope `{ data: T[], ...rest }`; envelopes with the same `rest` print as `Page<T>`. */
interface PageShape {
  key: string;
  rest: ObjectSchema["properties"];
}

function pageShape(model: ApiModel): PageShape | undefined {
  for (const op of model.operations) {
    for (const r of op.responses) {
      const s = r.schema;
      if (r.isError || s?.kind !== "object") continue;
      const data = s.properties.find((p) => p.name === "data");
      if (data?.schema.kind !== "array" || !s.properties.some((p) => p.name === "nextPageToken")) continue;
      const rest = s.properties.filter((p) => p.name !== "data");
      return { key: restKey(rest), rest };
    }
  }
  return undefined;
}

function restKey(rest: ObjectSchema["properties"]): string {
  return JSON.stringify([...rest].sort((a, b) => compare(a.name, b.name)).map((p) => [p.name, p.required, structuralKey(p.schema)]));
}

export class TypePrinter {
  constructor(private readonly page: PageShape | undefined) {}

  /** Indentation of the line the type being printed starts on (for nested object literals). */
  private indent = "";

  print(schema: Schema, indent = this.indent): string {
    const saved = this.indent;
    this.indent = indent;
    const printed = (this.table[schema.kind] as (s: Schema) => string)(schema);
    this.indent = saved;
    return schema.nullable && printed !== "unknown" && printed !== "null" ? `${printed} | null` : printed;
  }

  objectBody(schema: ObjectSchema, indent: string): string {
    const inner = `${indent}  `;
    const lines: string[] = [];
    for (const p of schema.properties) {
      lines.push(`${docOf(p.schema, inner)}${inner}${propertyKey(p.name)}${p.required ? "" : "?"}: ${this.print(p.schema, inner)};`);
    }
    if (typeof schema.additionalProperties === "object")
      lines.push(`${inner}[key: string]: ${this.print(schema.additionalProperties, inner)} | undefined;`);
    if (lines.length === 0) return schema.additionalProperties === false ? "Record<string, never>" : "{ [key: string]: unknown }";
    return `{\n${lines.join("\n")}\n${indent}}`;
  }

  private readonly table: KindTable<string> & Record<string, unknown> = {
    string: (s) => s.idAlias ?? (s.idPrefix !== undefined ? `\`${templatePart(s.idPrefix)}\${string}\`` : "string"),
    number: () => "number",
    boolean: () => "boolean",
    null: () => "null",
    literal: (s) => (typeof s.value === "string" ? stringLiteral(s.value) : String(s.value)),
    enum: (s) => unique(s.values.map((v) => (typeof v === "string" ? stringLiteral(v) : String(v)))).join(" | "),
    array: (s) => {
      const item = this.print(s.items);
      return /[|&]/.test(item) && !item.startsWith("{") ? `Array<${item}>` : `${item}[]`;
    },
    object: (s) => {
      const data = s.properties.find((p) => p.name === "data");
      if (
        this.page &&
        data?.schema.kind === "array" &&
        !data.schema.nullable &&
        restKey(s.properties.filter((p) => p.name !== "data")) === this.page.key
      ) {
        return `Page<${this.print(data.schema.items)}>`;
      }
      return this.objectBody(s, this.indent);
    },
    union: (s) => unique(s.variants.map((v) => this.print(v))).join(" | "),
    // `A | B & C` would bind as `A | (B & C)`: members with operators get parentheses.
    intersection: (s) => unique(s.members.map((m) => parenthesize(this.print(m)))).join(" & "),
    ref: (s) => s.name,
    unknown: () => "unknown",
  };
}

function parenthesize(type: string): string {
  return /[|&]/.test(type) ? `(${type})` : type;
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
