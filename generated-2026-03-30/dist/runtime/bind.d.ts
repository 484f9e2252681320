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
export declare function bindOperation<TInput, TResult, TError>(core: ClientCore, call: (client: ClientCore, input: TInput, options?: CallOptions) => Promise<TResult>, callSafe: (client: ClientCore, input: TInput, options?: CallOptions) => Promise<SafeResult<TResult, TError>>, maxPageSize?: number, pagination?: Pagination): OperationMethod<TInput, TResult, TError>;
