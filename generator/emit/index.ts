/**
 * The emit stage: the model (and the corrected document it was built from) →
 * every file of the generated package, sorted by path.
 *
 * The snapshot files keep the upstream's bytes; every other file describes the
 * corrected contract (correct.ts). Names come from the model, decided once there.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { GeneratedFile, SnapshotMeta } from "../core.js";
import type { CorrectedSpec } from "../correct.js";
import { compareCodeUnits } from "../json.js";
import { type PackageState, snapshotFiles } from "../load/snapshot.js";
import type { ApiModel } from "../model/types.js";
import { TEMPLATES_DIR } from "../project-root.js";
import { emitClient } from "./client.js";
import { compileSources } from "./compile.js";
import { GENERATED_HEADER } from "./header.js";
import { emitPackageJson, emitReadme } from "./package-files.js";
import { emitModels } from "./types.js";
import { emitValidators } from "./validators.js";

export interface EmitInput {
  /** The snapshot as published, and the corrected document the package describes. */
  corrected: CorrectedSpec;
  /** Built from `corrected.document`. */
  model: ApiModel;
  /** src/openapi.ts, already under way (startRawTypes on `corrected.document`). */
  rawTypes: Promise<GeneratedFile>;
  meta: SnapshotMeta;
  state: PackageState;
}

const RUNTIME_DIR = join(TEMPLATES_DIR, "runtime");

export async function emitPackage(input: EmitInput): Promise<GeneratedFile[]> {
  const { corrected, model, meta, state } = input;
  const ours: GeneratedFile[] = [
    ...emitModels(model),
    ...emitValidators(model),
    ...emitClient(model),
    ...runtimeFiles(),
    emitErrorsEntry(),
    emitIndex(model),
  ];
  // Both settle before either failure is reported: a refusal of the input (exit 2) outranks
  // an internal error it may have caused further on.
  const [compiledResult, rawResult] = await Promise.allSettled([compileSources(ours), input.rawTypes]);
  if (rawResult.status === "rejected") throw rawResult.reason;
  if (compiledResult.status === "rejected") throw compiledResult.reason;
  const compiled = compiledResult.value;
  const raw = rawResult.value;
  const sources = [raw, ...ours].sort(byPath);
  const facts = { version: state.version, meta, document: corrected.document, sourcePaths: sources.map((s) => s.path) };
  const files = [
    ...snapshotFiles({ spec: corrected.upstream, meta }),
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
 * `isOpenPhoneError` is the same test as `instanceof`, for code that prefers a function.
 */
const ERROR_EXPORTS = `export { isOpenPhoneError, OpenPhoneError } from "./runtime/errors.js";
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
  const operations = [...model.operations].sort((a, b) => compareCodeUnits(a.names.function, b.names.function));
  const operationExports = operations.map(({ names }) => {
    const values = [names.function, names.safe, ...(names.maxPageSize ? [names.maxPageSize] : [])];
    return `export { ${values.join(", ")}, type ${names.error} } from "./operations/${names.function}.js";`;
  });
  const contents = `${GENERATED_HEADER}export type * from "./models.js";
export { createClient, DEFAULT_BASE_URL, type OpenPhoneClient } from "./client.js";
${operationExports.join("\n")}
${ERROR_EXPORTS}
export { type ClientCore, createClientCore } from "./runtime/http.js";
export { pages, paginate, type PageFunction, type PageOptions, type PageParams } from "./runtime/pagination.js";
export { createRateLimiter, type RateLimiterOptions } from "./runtime/rate-limit.js";
export type { OperationMethod, OptionalInputOperationMethod } from "./runtime/bind.js";
export type {
  CallOptions,
  ClientOptions,
  Clock,
  RateLimiter,
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
  return compareCodeUnits(a.path, b.path);
}
