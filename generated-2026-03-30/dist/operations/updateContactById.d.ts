import type { ApiError, CommonError } from "../runtime/errors.js";
import { type ClientCore } from "../runtime/http.js";
import type { CallOptions, SafeResult } from "../runtime/types.js";
import type { UpdateContactByIdErrorBodies, UpdateContactByIdInput, UpdateContactByIdResult } from "../models.js";
/** Every way `updateContactById` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type UpdateContactByIdError = ApiError<400, string, UpdateContactByIdErrorBodies[400]> | ApiError<401, string, UpdateContactByIdErrorBodies[401]> | ApiError<403, string, UpdateContactByIdErrorBodies[403]> | ApiError<404, string, UpdateContactByIdErrorBodies[404]> | ApiError<500, string, UpdateContactByIdErrorBodies[500]> | CommonError;
/**
 * Update a contact by ID
 * Changes the scalar fields sent in the body; properties are not touched.
 * `PATCH /contacts/{contactId}` (updateContactById)
 */
export declare function updateContactById(client: ClientCore, input: UpdateContactByIdInput, options?: CallOptions): Promise<UpdateContactByIdResult>;
/** Like `updateContactById`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function updateContactByIdSafe(client: ClientCore, input: UpdateContactByIdInput, options?: CallOptions): Promise<SafeResult<UpdateContactByIdResult, UpdateContactByIdError>>;
