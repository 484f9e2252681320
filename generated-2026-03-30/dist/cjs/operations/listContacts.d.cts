import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { ListContactsErrorBodies, ListContactsInput, ListContactsResult } from "../models.cjs";
/** Every way `listContacts` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type ListContactsError = ApiError<400, string, ListContactsErrorBodies[400]> | ApiError<401, string, ListContactsErrorBodies[401]> | ApiError<403, string, ListContactsErrorBodies[403]> | ApiError<404, string, ListContactsErrorBodies[404]> | ApiError<500, string, ListContactsErrorBodies[500]> | CommonError;
/** The largest page size this endpoint accepts; `paginate` asks for it when the caller gives none. */
export declare const listContactsMaxPageSize = 50;
/**
 * List contacts
 * Lists the workspace's contacts, optionally filtered by external id or source.
 * `GET /contacts` (listContacts)
 */
export declare function listContacts(client: ClientCore, input?: ListContactsInput, options?: CallOptions): Promise<ListContactsResult>;
/** Like `listContacts`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function listContactsSafe(client: ClientCore, input?: ListContactsInput, options?: CallOptions): Promise<SafeResult<ListContactsResult, ListContactsError>>;
