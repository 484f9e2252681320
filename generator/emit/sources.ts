/**
 * The package's TypeScript sources, in memory: the model → every `src/**.ts`
 * except `src/openapi.ts` (openapi-typescript's raw types, produced apart on a
 * worker by raw-types-thread.ts). Pure apart from reading templates/runtime; no
 * compiler runs here, so callers that only need the sources (the surface diff)
 * do not load TypeScript, esbuild or openapi-typescript.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { GeneratedFile } from "../core.js";
import { compareCodeUnits } from "../json.js";
import type { ApiModel } from "../model/types.js";
import { TEMPLATES_DIR } from "../project-root.js";
import { emitClient } from "./client.js";
import { GENERATED_HEADER } from "./header.js";
import { emitModels } from "./types.js";
import { emitValidators } from "./validators.js";
import { emitWebhooks } from "./webhooks.js";

/** In emitter order (not sorted): emitPackage sorts the whole tree. */
export function emitSources(model: ApiModel): GeneratedFile[] {
  return [
    ...emitModels(model),
    ...emitValidators(model),
    ...emitClient(model),
    ...emitWebhooks(model),
    ...runtimeFiles(),
    emitErrorsEntry(),
    emitIndex(model),
  ];
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
export {
  type ClientFor,
  createClient,
  createClientFor,
  DEFAULT_BASE_URL,
  type OpenPhoneClient,
  type OperationErrors,
} from "./client.js";
${operationExports.join("\n")}
${ERROR_EXPORTS}
export { type ClientCore, createClientCore } from "./runtime/http.js";
export { pages, paginate, type PageFunction, type PageOptions, type PageParams } from "./runtime/pagination.js";
export { createRateLimiter, type RateLimiterOptions } from "./runtime/rate-limit.js";
export type { BoundMethod, OperationMethod, OptionalInputOperationMethod } from "./runtime/bind.js";
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
