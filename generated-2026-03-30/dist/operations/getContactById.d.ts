import type { ApiError, CommonError } from "../runtime/errors.js";
import { type ClientCore } from "../runtime/http.js";
import type { CallOptions, SafeResult } from "../runtime/types.js";
import type { GetContactByIdErrorBodies, GetContactByIdInput, GetContactByIdResult } from "../models.js";
/** Every way `getContactById` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type GetContactByIdError = ApiError<400, string, GetContactByIdErrorBodies[400]> | ApiError<401, string, GetContactByIdErrorBodies[401]> | ApiError<403, string, GetContactByIdErrorBodies[403]> | ApiError<404, string, GetContactByIdErrorBodies[404]> | ApiError<500, string, GetContactByIdErrorBodies[500]> | CommonError;
/**
 * Get a contact by ID
 * Returns one contact.
 * `GET /contacts/{contactId}` (getContactById)
 */
export declare function getContactById(client: ClientCore, input: GetContactByIdInput, options?: CallOptions): Promise<GetContactByIdResult>;
/** Like `getContactById`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function getContactByIdSafe(client: ClientCore, input: GetContactByIdInput, options?: CallOptions): Promise<SafeResult<GetContactByIdResult, GetContactByIdError>>;
