/**
 * Binds a per-operation function to one client core, for `createClient`:
 * `client.sendMessage(input)` throws on failure, `client.sendMessage.safe(input)` returns a result.
 */
import type { ClientCore } from "./http.js";
import type { Pagination } from "./pagination.js";
import type { CallOptions, SafeResult } from "./types.js";

/** An operation bound to a client. `maxPageSize` is set on list operations (used by `paginate`). */
export interface OperationMethod<TInput, TResult, TError> {
  (input: TInput, options?: CallOptions): Promise<TResult>;
  safe(input: TInput, options?: CallOptions): Promise<SafeResult<TResult, TError>>;
  readonly maxPageSize?: number;
  readonly pagination?: Pagination;
}

/** The same, for operations whose input has no required field (it may be left out). */
export interface OptionalInputOperationMethod<TInput, TResult, TError> {
  (input?: TInput, options?: CallOptions): Promise<TResult>;
  safe(input?: TInput, options?: CallOptions): Promise<SafeResult<TResult, TError>>;
  readonly maxPageSize?: number;
  readonly pagination?: Pagination;
}

export function bindOperation<TInput, TResult, TError>(
  core: ClientCore,
  call: (client: ClientCore, input: TInput, options?: CallOptions) => Promise<TResult>,
  callSafe: (client: ClientCore, input: TInput, options?: CallOptions) => Promise<SafeResult<TResult, TError>>,
  maxPageSize?: number,
  pagination?: Pagination,
): OperationMethod<TInput, TResult, TError> {
  const method = (input: TInput, options?: CallOptions): Promise<TResult> => call(core, input, options);
  // The operation's name (e.g. "listMessages"), so a pagination error can say which list it was.
  Object.defineProperty(method, "name", { value: call.name });
  return Object.assign(method, {
    safe: (input: TInput, options?: CallOptions) => callSafe(core, input, options),
    ...(maxPageSize === undefined ? {} : { maxPageSize }),
    // Only lists that do not page the v1 way (see pagination.ts).
    ...(pagination === undefined ? {} : { pagination }),
  });
}
