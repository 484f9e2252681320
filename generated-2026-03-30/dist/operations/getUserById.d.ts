import type { ApiError, CommonError } from "../runtime/errors.js";
import { type ClientCore } from "../runtime/http.js";
import type { CallOptions, SafeResult } from "../runtime/types.js";
import type { GetUserByIdErrorBodies, GetUserByIdInput, GetUserByIdResult } from "../models.js";
/** Every way `getUserById` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type GetUserByIdError = ApiError<400, string, GetUserByIdErrorBodies[400]> | ApiError<401, string, GetUserByIdErrorBodies[401]> | ApiError<403, string, GetUserByIdErrorBodies[403]> | ApiError<404, string, GetUserByIdErrorBodies[404]> | ApiError<500, string, GetUserByIdErrorBodies[500]> | CommonError;
/**
 * Get a user by ID
 * Returns one user of the workspace.
 * `GET /users/{userId}` (getUserById)
 */
export declare function getUserById(client: ClientCore, input: GetUserByIdInput, options?: CallOptions): Promise<GetUserByIdResult>;
/** Like `getUserById`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function getUserByIdSafe(client: ClientCore, input: GetUserByIdInput, options?: CallOptions): Promise<SafeResult<GetUserByIdResult, GetUserByIdError>>;
