/**
 * Binds a per-operation function to one client core, for `createClient`:
 * `client.sendMessage(input)` throws on failure, `client.sendMessage.safe(input)` returns a result.
 */
import type { OpenPhoneError } from "./errors.js";
import { type ClientCore, SAFE } from "./http.js";
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

/** A generated operation function: `(client, input, options?) => Promise<result>`. */
// biome-ignore lint/suspicious/noExplicitAny: the input type varies by operation; BoundOperations restores it.
export type AnyOperation = (client: ClientCore, ...args: any[]) => Promise<unknown>;

/** An operation bound by `bindOperations`: the function's own parameters minus the client. */
export interface BoundMethod<TArgs extends unknown[], TResult, TError> {
  (...args: TArgs): Promise<TResult>;
  safe(...args: TArgs): Promise<SafeResult<TResult, TError>>;
  readonly maxPageSize?: number;
  readonly pagination?: Pagination;
}

/**
 * The client `bindOperations` returns: one method per operation given. `TErrors` maps an
 * operation's name to its error union (types only), so `.safe` narrows as on the full client.
 */
export type BoundOperations<TOperations, TErrors> = { readonly core: ClientCore } & {
  readonly [K in keyof TOperations]: TOperations[K] extends (client: ClientCore, ...args: infer A) => Promise<infer R>
    ? BoundMethod<A, R, K extends keyof TErrors ? TErrors[K] : OpenPhoneError>
    : never;
};

/**
 * Binds only the operations given, so a bundle carries those and no others (the full client
 * references every operation, and a bundler must keep what is referenced). `maxPageSizes`
 * holds the list operations' largest page, by name, for `paginate`; `paginations` the lists
 * that do not page the v1 way (pagination.ts).
 */
export function bindOperations<TOperations extends Record<string, AnyOperation>, TErrors>(
  core: ClientCore,
  operations: TOperations,
  maxPageSizes: Readonly<Record<string, number>>,
  paginations: Readonly<Record<string, Pagination>> = {},
): BoundOperations<TOperations, TErrors> {
  const client: Record<string, unknown> = { core };
  for (const name of Object.keys(operations)) {
    const call = operations[name] as AnyOperation;
    const method = (input: unknown, options?: CallOptions) => call(core, input, options);
    Object.defineProperty(method, "name", { value: call.name });
    client[name] = Object.assign(method, {
      // The same function, asked through a hidden option for the result instead of a throw.
      safe: (input: unknown, options?: CallOptions) => call(core, input, { ...options, [SAFE]: true }),
      ...(Object.prototype.hasOwnProperty.call(maxPageSizes, name) ? { maxPageSize: maxPageSizes[name] } : {}),
      ...(Object.prototype.hasOwnProperty.call(paginations, name) ? { pagination: paginations[name] } : {}),
    });
  }
  return client as BoundOperations<TOperations, TErrors>;
}
