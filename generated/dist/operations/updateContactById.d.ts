import type { ApiError, CommonError } from "../runtime/errors.js";
import { type ClientCore } from "../runtime/http.js";
import type { CallOptions, SafeResult } from "../runtime/types.js";
import type { UpdateContactByIdErrorBodies, UpdateContactByIdInput, UpdateContactByIdResult } from "../models.js";
/** Every way `updateContactById` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type UpdateContactByIdError = ApiError<400, "0801400", UpdateContactByIdErrorBodies[400]> | ApiError<401, "0800401", UpdateContactByIdErrorBodies[401]> | ApiError<403, "0801403", UpdateContactByIdErrorBodies[403]> | ApiError<404, "0800404", UpdateContactByIdErrorBodies[404]> | ApiError<409, "0800409", UpdateContactByIdErrorBodies[409]> | ApiError<500, "0801500", UpdateContactByIdErrorBodies[500]> | CommonError;
/**
 * Update a contact by ID
 * Modify an existing contact in your OpenPhone workspace using the contact's unique identifier.
 * `PATCH /v1/contacts/{id}` (updateContactById_v1)
 */
export declare function updateContactById(client: ClientCore, input: UpdateContactByIdInput, options?: CallOptions): Promise<UpdateContactByIdResult>;
/** Like `updateContactById`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function updateContactByIdSafe(client: ClientCore, input: UpdateContactByIdInput, options?: CallOptions): Promise<SafeResult<UpdateContactByIdResult, UpdateContactByIdError>>;
