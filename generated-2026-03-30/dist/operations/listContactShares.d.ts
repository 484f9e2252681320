import type { ApiError, CommonError } from "../runtime/errors.js";
import { type ClientCore } from "../runtime/http.js";
import type { CallOptions, SafeResult } from "../runtime/types.js";
import type { ListContactSharesErrorBodies, ListContactSharesInput, ListContactSharesResult } from "../models.js";
/** Every way `listContactShares` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type ListContactSharesError = ApiError<400, string, ListContactSharesErrorBodies[400]> | ApiError<401, string, ListContactSharesErrorBodies[401]> | ApiError<403, string, ListContactSharesErrorBodies[403]> | ApiError<404, string, ListContactSharesErrorBodies[404]> | ApiError<500, string, ListContactSharesErrorBodies[500]> | CommonError;
/** The largest page size this endpoint accepts; `paginate` asks for it when the caller gives none. */
export declare const listContactSharesMaxPageSize = 50;
/**
 * List contact shares
 * Lists who a contact is shared with.
 * `GET /contacts/{contactId}/shares` (listContactShares)
 */
export declare function listContactShares(client: ClientCore, input: ListContactSharesInput, options?: CallOptions): Promise<ListContactSharesResult>;
/** Like `listContactShares`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function listContactSharesSafe(client: ClientCore, input: ListContactSharesInput, options?: CallOptions): Promise<SafeResult<ListContactSharesResult, ListContactSharesError>>;
