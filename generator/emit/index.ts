/**
 * The canonical snapshot → every file of the generated package.
 *
 * The snapshot stays the upstream's bytes; the overlay (known upstream errors)
 * is applied here, before modelling, so types, validators and client all see
 * the corrected contract. Names are decided once, in buildApiModel. Output is
 * sorted by path.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CanonicalSpec, GeneratedFile, JsonObject, SnapshotMeta } from "../core.js";
import { type PackageState, snapshotFiles } from "../load/snapshot.js";
import { buildApiModel } from "../model/build.js";
import type { NameOverrides } from "../model/names.js";
import type { ApiModel } from "../model/types.js";
import { applyOverlay } from "../overlay.js";
import { TEMPLATES_DIR } from "../project-root.js";
import { mergeWebhookSupplement, type WebhookSupplement } from "../supplement.js";
import { emitClient, maxPageSize } from "./client.js";
import { compileSources } from "./compile.js";
import { GENERATED_HEADER } from "./header.js";
import { emitPackageJson, emitReadme } from "./package-files.js";
import { type RawTypesWorker, startRawTypes } from "./raw-types-thread.js";
import { emitModels } from "./types.js";
import { emitValidators } from "./validators.js";
import { emitWebhooks } from "./webhooks.js";

export interface EmitInput {
  /** The upstream document exactly as snapshotted. */
  spec: CanonicalSpec;
  meta: SnapshotMeta;
  state: PackageState;
  /** Corrections to the upstream (OpenAPI Overlay 1.0), with the file it came from. */
  overlay?: { document: JsonObject; file: string };
  nameOverrides?: NameOverrides;
  /** The committed webhook events (openphone.webhooks.json), merged after the overlay. */
  webhooks?: WebhookSupplement;
  /** Warnings of the corrections (e.g. supplement entries the document now publishes itself). */
  warn?: (message: string) => void;
  /** Where src/openapi.ts is produced (raw-types-thread.ts); this thread when absent. */
  rawTypesWorker?: RawTypesWorker;
}

const RUNTIME_DIR = join(TEMPLATES_DIR, "runtime");

export async function emitPackage(input: EmitInput): Promise<GeneratedFile[]> {
  const { spec, meta, state } = input;
  // First: on a worker thread when bundled (raw-types-thread.ts), it overlaps everything below.
  const rawTypes = startRawTypes(spec.document, input.rawTypesWorker);
  const overlaid = input.overlay ? applyOverlay(spec.document, input.overlay.document, input.overlay.file) : spec.document;
  const patched = input.webhooks ? mergeWebhookSupplement(overlaid, input.webhooks, input.warn) : overlaid;
  const model = buildApiModel(patched, input.nameOverrides ?? {});
  const ours: GeneratedFile[] = [
    ...emitModels(model),
    ...emitValidators(model),
    ...emitClient(model),
    ...emitWebhooks(model),
    ...runtimeFiles(),
    emitErrorsEntry(),
    emitIndex(model),
  ];
  // Both settle before either failure is reported: a refusal of the input (exit 2) outranks
  // an internal error it may have caused further on.
  const [compiledResult, rawResult] = await Promise.allSettled([compileSources(ours), rawTypes]);
  if (rawResult.status === "rejected") throw rawResult.reason;
  if (compiledResult.status === "rejected") throw compiledResult.reason;
  const compiled = compiledResult.value;
  const raw = rawResult.value;
  const sources = [raw, ...ours].sort(byPath);
  const facts = { version: state.version, meta, document: spec.document, sourcePaths: sources.map((s) => s.path) };
  const files = [
    ...snapshotFiles({ spec, meta }),
    emitPackageJson(facts),
    emitReadme(facts),
    ...(state.changelog ? [{ path: "CHANGELOG.md", contents: state.changelog }] : []),
    ...sources,
    ...compiled,
    ...(await compileSources([raw])),
  ];
  return files.sort(byPath);
}

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

function byPath(a: GeneratedFile, b: GeneratedFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
