/**
 * The thin client. One module per operation (`src/operations/<fn>.ts`),
 * so a bundler keeps only the operations a caller imports, and `src/client.ts`,
 * which binds every operation to one configured client for convenience.
 *
 * The call machinery (retries, rate limit, errors, validation hooks) is the
 * hand-written runtime in templates/runtime/; this emitter only writes each
 * operation's descriptor, its error union and two small functions.
 */
import type { GeneratedFile } from "../core.js";
import { compareCodeUnits as compare } from "../json.js";
import { isJsonMediaType } from "../model/build.js";
import type { ApiModel, InputField, Operation, Schema } from "../model/types.js";
import { GENERATED_HEADER } from "./header.js";
import { commentText, jsString } from "./validators/literal.js";

export function emitClient(model: ApiModel): GeneratedFile[] {
  const operations = [...model.operations].sort((a, b) => compare(a.names.function, b.names.function));
  const files = operations.map((operation) => emitOperationModule(operation, model));
  files.push(emitClientModule(operations, model));
  return files;
}

/** Documented error statuses (numbers >= 400), ascending. */
function errorStatuses(operation: Operation): number[] {
  return operation.responses.flatMap((r) => (typeof r.status === "number" && r.status >= 400 ? [r.status] : [])).sort((a, b) => a - b);
}

function usesErrorBodies(operation: Operation): boolean {
  return errorStatuses(operation).some((status) => operation.responses.some((r) => r.status === status && r.schema !== undefined));
}

function hasRequiredInput(operation: Operation): boolean {
  return operation.input.some((field) => field.required);
}

/**
 * The documented `code` of an error status: the literal of the body's `code`
 * property (OpenPhone writes one `const` per status per operation), so the
 * union can type `error.code` as that literal while still accepting others.
 */
function errorCodes(operation: Operation, status: number, model: ApiModel): string[] {
  const response = operation.responses.find((r) => r.status === status);
  const codes = new Set<string>();
  const visit = (schema: Schema | undefined, depth: number): void => {
    if (!schema || depth > 4) return;
    if (schema.kind === "ref") visit(model.models.find((m) => m.name === schema.name)?.schema, depth + 1);
    else if (schema.kind === "union") for (const v of schema.variants) visit(v, depth + 1);
    else if (schema.kind === "intersection") for (const m of schema.members) visit(m, depth + 1);
    else if (schema.kind === "object") {
      const code = schema.properties.find((p) => p.name === "code")?.schema;
      if (code?.kind === "literal" && typeof code.value === "string") codes.add(code.value);
      if (code?.kind === "enum") for (const value of code.values) if (typeof value === "string") codes.add(value);
    }
  };
  visit(response?.schema, 0);
  return [...codes].sort();
}

/**
 * One ApiError per documented status: its `code` literals when the body declares them (v1), and
 * its `body` typed by the document's error body for that status, whatever its fields (the dated
 * API's `{title, message, docs, trace?, errors?}` has no `code`, so none is promised).
 */
function errorUnion(operation: Operation, model: ApiModel): string {
  const variants = errorStatuses(operation).map((status) => {
    const codes = errorCodes(operation, status, model);
    const code = codes.length > 0 ? codes.map(jsString).join(" | ") : "string";
    const documented = operation.responses.some((r) => r.status === status && r.schema !== undefined);
    if (!documented) return codes.length > 0 ? `ApiError<${status}, ${code}>` : `ApiError<${status}>`;
    return `ApiError<${status}, ${code}, ${operation.names.errorBodies}[${status}]>`;
  });
  return [...variants, "CommonError"].join("\n  | ");
}

/** Lists that do not page the v1 way (maxResults + pageToken -> nextPageToken) carry their names to `paginate`. */
function nonDefaultPagination(operation: Operation): string | undefined {
  const p = operation.pagination;
  if (!p || (p.cursorParam === "pageToken" && p.nextField === "nextPageToken" && p.sizeParam === "maxResults")) return undefined;
  const fields = [`cursorParam: ${jsString(p.cursorParam)}`, `nextField: ${jsString(p.nextField)}`];
  if (p.sizeParam !== undefined) fields.push(`sizeParam: ${jsString(p.sizeParam)}`);
  return `{ ${fields.join(", ")} }`;
}

/**
 * Headers the document fixes to one value (the API version) travel as call headers, merged after
 * the caller's so they win. Written here, in the operations that have them, so the shared runtime
 * (and a program that calls none of them) carries nothing for it.
 */
function fixedHeadersHelper(operation: Operation): string {
  if (!operation.fixedHeaders) return "";
  const entries = Object.entries(operation.fixedHeaders)
    .map(([name, value]) => [name.toLowerCase(), value] as const)
    .sort((a, b) => compare(a[0], b[0]))
    .map(([n, v]) => `${jsString(n)}: ${jsString(v)}`)
    .join(", ");
  return `
/** Headers the document allows one value for: sent with every call, over the caller's. */
const withFixedHeaders = (options?: CallOptions): CallOptions => ({ ...options, headers: { ...options?.headers, ${entries} } });
`;
}

/** The model sets `fixedHeaders` only when there is at least one. */
function callOptions(operation: Operation): string {
  return operation.fixedHeaders ? "withFixedHeaders(options)" : "options";
}

function docComment(lines: Array<string | undefined>, indent = ""): string {
  const body = lines.filter((l): l is string => l !== undefined && l.trim() !== "").map((l) => `${indent} * ${commentText(l)}`);
  return body.length === 0 ? "" : `${indent}/**\n${body.join("\n")}\n${indent} */\n`;
}

function operationDoc(operation: Operation): string {
  return docComment([
    operation.summary,
    operation.description && operation.description !== operation.summary ? operation.description : undefined,
    `\`${operation.method.toUpperCase()} ${operation.path}\` (${operation.operationId})`,
    operation.deprecated ? "@deprecated The API marks this operation as deprecated." : undefined,
  ]);
}

function descriptor(operation: Operation): string {
  const inOf = (where: InputField["in"]) => operation.input.filter((f) => f.in === where).map((f) => f.name);
  const list = (names: string[]) => `[${names.map(jsString).join(", ")}]`;
  const lines = [
    `  operationId: ${jsString(operation.operationId)},`,
    `  method: ${jsString(operation.method.toUpperCase())},`,
    `  path: ${jsString(operation.path)},`,
  ];
  const query = inOf("query");
  if (query.length > 0) lines.push(`  query: ${list(query)},`);
  const explode = operation.input.filter((f) => f.in === "query" && f.explode && f.schema.kind === "array").map((f) => f.name);
  if (explode.length > 0) lines.push(`  explode: ${list(explode)},`);
  const deep = operation.input.filter((f) => f.in === "query" && f.deepObject).map((f) => f.name);
  // PURE: an unused descriptor (its module imported only for a page size) must not keep its validators.
  if (deep.length > 0) lines.push(`  deepObject: /* @__PURE__ */ deepObjectQuery(${list(deep)}),`);
  const header = inOf("header");
  if (header.length > 0) lines.push(`  header: ${list(header)},`);
  if (operation.bodyStyle !== "none") lines.push(`  body: ${jsString(operation.bodyStyle)},`);
  const accept = textAccept(operation);
  if (accept !== undefined) lines.push(`  accept: ${jsString(accept)},`);
  if (operation.anonymous) lines.push("  anonymous: true,");
  lines.push(`  errors: [${errorStatuses(operation).join(", ")}],`);
  // The bare checks (validators/<fn>.ts): input and success bodies, no Validator wrappers, so a
  // one-operation bundle carries neither error-body checks nor Standard Schema code.
  lines.push(`  checks: ${operation.names.checks},`);
  return `{\n${lines.join("\n")}\n}`;
}

/**
 * The Accept header of an operation whose success bodies are not JSON (text/plain, text/csv...):
 * their media types. Its presence tells the runtime to return the body as text. Undefined when
 * any success body is JSON (the runtime's default).
 */
function textAccept(operation: Operation): string | undefined {
  const types = operation.responses.flatMap((r) => (!r.isError && r.contentType !== undefined ? [r.contentType] : []));
  if (types.length === 0 || types.some(isJsonMediaType)) return undefined;
  return [...new Set(types)].sort(compare).join(", ");
}

function emitOperationModule(operation: Operation, model: ApiModel): GeneratedFile {
  const { names, maxPageSize } = operation;
  const fn = names.function;
  const inputParam = hasRequiredInput(operation) ? `input: ${names.input}` : `input: ${names.input} = {}`;
  const pageSizeExport =
    names.maxPageSize === undefined
      ? ""
      : `\n/** The largest page size this endpoint accepts; \`paginate\` asks for it when the caller gives none. */\nexport const ${names.maxPageSize} = ${maxPageSize};\n`;
  // Only an operation with deepObject query fields imports their writer (runtime/deep-object.ts).
  const deepObjectImport = operation.input.some((f) => f.in === "query" && f.deepObject)
    ? 'import { deepObjectQuery } from "../runtime/deep-object.js";\n'
    : "";
  const contents = `${GENERATED_HEADER}${deepObjectImport}import type { ApiError, CommonError } from "../runtime/errors.js";
import { type ClientCore, request, safe } from "../runtime/http.js";
import type { CallOptions, OperationDescriptor, SafeResult } from "../runtime/types.js";
import type { ${[names.input, names.result, ...(usesErrorBodies(operation) ? [names.errorBodies] : [])].sort(compare).join(", ")} } from "../models.js";
import { ${names.checks} } from "../validators/${fn}.js";

/** Every way \`${fn}\` can fail: its documented statuses (with their \`code\`s), then what any call can meet. */
export type ${names.error} =
  | ${errorUnion(operation, model)};

const operation: OperationDescriptor = ${descriptor(operation)};
${fixedHeadersHelper(operation)}${pageSizeExport}
${operationDoc(operation)}export function ${fn}(client: ClientCore, ${inputParam}, options?: CallOptions): Promise<${names.result}> {
  return request<${names.result}>(client, operation, input, ${callOptions(operation)});
}

/** Like \`${fn}\`, but resolves to \`{ ok: true, data }\` or \`{ ok: false, error }\` instead of throwing. */
export function ${names.safe}(client: ClientCore, ${inputParam}, options?: CallOptions): Promise<SafeResult<${names.result}, ${names.error}>> {
  return safe<${names.result}, ${names.error}>(client, operation, input, ${callOptions(operation)});
}
`;
  return { path: `src/operations/${fn}.ts`, contents };
}

function emitClientModule(operations: Operation[], model: ApiModel): GeneratedFile {
  const imports: string[] = [];
  const typeImports: string[] = [];
  const members: string[] = [];
  const bindings: string[] = [];
  const errorMembers: string[] = [];
  const pageSizes: string[] = [];
  const paginations: string[] = [];
  for (const operation of operations) {
    const { names } = operation;
    const values = [names.function, names.safe, ...(names.maxPageSize === undefined ? [] : [names.maxPageSize])];
    imports.push(`import { ${values.join(", ")}, type ${names.error} } from "./operations/${names.function}.js";`);
    typeImports.push(names.input, names.result);
    const method = hasRequiredInput(operation) ? "OperationMethod" : "OptionalInputOperationMethod";
    members.push(
      `${operationDoc(operation)
        .replace(/^/gm, "  ")
        .replace(/^ {2}$/gm, "")}  readonly ${names.function}: ${method}<${names.input}, ${names.result}, ${names.error}>;`,
    );
    const pagination = nonDefaultPagination(operation);
    const args = pagination === undefined ? values : [names.function, names.safe, names.maxPageSize ?? "undefined", pagination];
    bindings.push(`    ${names.function}: bindOperation(core, ${args.join(", ")}),`);
    errorMembers.push(`  ${names.function}: ${names.error};`);
    if (names.maxPageSize !== undefined) pageSizes.push(`${names.function}: ${names.maxPageSize}`);
    if (pagination !== undefined) paginations.push(`${names.function}: ${pagination}`);
  }
  const defaultServer = model.servers[0] ?? "https://api.openphone.com";
  const contents = `${GENERATED_HEADER}import {
  type AnyOperation,
  type BoundOperations,
  bindOperation,
  bindOperations,
  type OperationMethod,
  type OptionalInputOperationMethod,
} from "./runtime/bind.js";
import { type ClientCore, createClientCore } from "./runtime/http.js";
import type { ClientOptions } from "./runtime/types.js";
import type { ${[...typeImports].sort().join(", ")} } from "./models.js";
${imports.join("\n")}

/** The first server the spec lists; override with \`baseUrl\` (e.g. "https://api.quo.com"). */
export const DEFAULT_BASE_URL = ${jsString(defaultServer)};

/** Every operation, bound to one API key and one set of options. Each also has \`.safe(...)\`. */
export interface OpenPhoneClient {
  /** The configured core: pass it to the per-operation functions (\`sendMessage(client.core, input)\`). */
  readonly core: ClientCore;
${members.join("\n")}
}

/** Each operation's error union, by its function's name: what \`.safe\` resolves to on a bound client. */
export interface OperationErrors {
${errorMembers.join("\n")}
}

/** A client with the operations given: \`createClientFor(options, { sendMessage })\`. */
export type ClientFor<TOperations> = BoundOperations<TOperations, OperationErrors>;

/**
 * A client with only the operations given, e.g. \`createClientFor({ apiKey }, { sendMessage, listMessages })\`
 * with the functions imported from this package: a bundle then carries those operations
 * and their validators, and no others. Same options, methods and \`.safe\` as \`createClient\`.
 */
export function createClientFor<TOperations extends Record<string, AnyOperation>>(
  options: ClientOptions,
  operations: TOperations,
): ClientFor<TOperations> {
  return bindOperations(createClientCore(options, DEFAULT_BASE_URL), operations, { ${pageSizes.join(", ")} }${paginations.length ? `, { ${paginations.join(", ")} }` : ""});
}

/**
 * A client with every operation, for scripts that want them all. An app that calls a few
 * ships less with \`createClientFor(options, { sendMessage })\`.
 */
export function createClient(options: ClientOptions): OpenPhoneClient {
  const core = createClientCore(options, DEFAULT_BASE_URL);
  return {
    core,
${bindings.join("\n")}
  };
}
`;
  return { path: "src/client.ts", contents };
}
