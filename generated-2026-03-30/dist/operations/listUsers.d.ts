import type { ApiError, CommonError } from "../runtime/errors.js";
import { type ClientCore } from "../runtime/http.js";
import type { CallOptions, SafeResult } from "../runtime/types.js";
import type { ListUsersErrorBodies, ListUsersInput, ListUsersResult } from "../models.js";
/** Every way `listUsers` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type ListUsersError = ApiError<400, string, ListUsersErrorBodies[400]> | ApiError<401, string, ListUsersErrorBodies[401]> | ApiError<403, string, ListUsersErrorBodies[403]> | ApiError<500, string, ListUsersErrorBodies[500]> | CommonError;
/** The largest page size this endpoint accepts; `paginate` asks for it when the caller gives none. */
export declare const listUsersMaxPageSize = 50;
/**
 * List users
 * Lists the users of the workspace.
 * `GET /users` (listUsers)
 */
export declare function listUsers(client: ClientCore, input?: ListUsersInput, options?: CallOptions): Promise<ListUsersResult>;
/** Like `listUsers`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function listUsersSafe(client: ClientCore, input?: ListUsersInput, options?: CallOptions): Promise<SafeResult<ListUsersResult, ListUsersError>>;
