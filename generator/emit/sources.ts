/**
 * The package's TypeScript sources, in memory: the (corrected) document → model →
 * every `src/**.ts` except `src/openapi.ts` (openapi-typescript's raw types, produced
 * apart on a worker by raw-types-thread.ts). Pure apart from reading templates/runtime;
 * no compiler runs here, so callers that only need the sources (the surface diff)
 * do not load TypeScript, esbuild or openapi-typescript.
 *
 * The overlay (known upstream errors) is applied here, before modelling, so types,
 * validators and client all see the corrected contract.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { GeneratedFile, JsonObject } from "../core.js";
import { buildApiModel } from "../model/build.js";
import type { NameOverrides } from "../model/names.js";
import type { ApiModel } from "../model/types.js";
import { applyOverlay } from "../overlay.js";
import { TEMPLATES_DIR } from "../project-root.js";
import { emitClient, maxPageSize } from "./client.js";
import { GENERATED_HEADER } from "./header.js";
import { emitModels } from "./types.js";
import { emitValidators } from "./validators.js";

export interface SourcesInput {
  /** The upstream document in canonical form (the snapshot's `document`). */
  document: JsonObject;
  /** Corrections to the upstream (OpenAPI Overlay 1.0), with the file it came from. */
  overlay?: { document: JsonObject; file: string };
  nameOverrides?: NameOverrides;
}

export interface EmittedSources {
  model: ApiModel;
  /** In emitter order (not sorted): emitPackage sorts the whole tree. */
  sources: GeneratedFile[];
}

export function emitSources(input: SourcesInput): EmittedSources {
  const patched = input.overlay ? applyOverlay(input.document, input.overlay.document, input.overlay.file) : input.document;
  const model = buildApiModel(patched, input.nameOverrides ?? {});
  const sources: GeneratedFile[] = [
    ...emitModels(model),
    ...emitValidators(model),
    ...emitClient(model),
    ...runtimeFiles(),
    emitErrorsEntry(),
    emitIndex(model),
  ];
  return { model, sources };
}

const RUNTIME_DIR = join(TEMPLATES_DIR, "runtime");

/** templates/runtime/*.ts, copied as is: real, type-checked, tested code. */
function runtimeFiles(): GeneratedFile[] {
  return readdirSync(RUNTIME_DIR)
    .filter((name) => name.endsWith(".ts"))
    .sort()
    .map((name) => ({ path: `src/runtime/${name}`, contents: readFileSync(join(RUNTIME_DIR, name), "utf8") }));
}

/**
 * The runtime's errors: one class, `OpenPhoneError`, told apart by `kind`; the variant names
 * are types (`OpenPhoneError & { kind: ... }`), so they are exported as types only.
 */
const ERROR_EXPORTS = `export { OpenPhoneError } from "./runtime/errors.js";
export type {
  AbortedError,
  ApiError,
  CommonError,
  ErrorKind,
  InvalidRequestError,
  InvalidResponseError,
  InvalidResponseReason,
  NetworkError,
  RateLimitError,
  TimeoutError,
  UnexpectedStatusError,
} from "./runtime/errors.js";`;

/** `openphone-api/errors`: the error class and its variant types alone, for code that only handles failures. */
function emitErrorsEntry(): GeneratedFile {
  return { path: "src/errors.ts", contents: `${GENERATED_HEADER}${ERROR_EXPORTS}\n` };
}

function emitIndex(model: ApiModel): GeneratedFile {
  const operations = [...model.operations].sort((a, b) => (a.functionName < b.functionName ? -1 : 1));
  const operationExports = operations.map((op) => {
    const names = [op.functionName, `${op.functionName}Safe`, ...(maxPageSize(op) === undefined ? [] : [`${op.functionName}MaxPageSize`])];
    return `export { ${names.join(", ")}, type ${op.typeName}Error } from "./operations/${op.functionName}.js";`;
  });
  const contents = `${GENERATED_HEADER}export type * from "./models.js";
export { createClient, DEFAULT_BASE_URL, type OpenPhoneClient } from "./client.js";
${operationExports.join("\n")}
${ERROR_EXPORTS}
export { type ClientCore, createClientCore } from "./runtime/http.js";
export { pages, paginate, type PageFunction, type PageOptions, type PageParams } from "./runtime/pagination.js";
export type { OperationMethod, OptionalInputOperationMethod } from "./runtime/bind.js";
export type {
  CallOptions,
  ClientOptions,
  Clock,
  RequestEvent,
  ResponseEvent,
  ResponseInfo,
  ResponseValidation,
  SafeResult,
  UnknownInfo,
  ValidationIssue,
} from "./runtime/types.js";
export type { components, operations, paths } from "./openapi.js";
`;
  return { path: "src/index.ts", contents };
}
