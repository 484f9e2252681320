import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { GetContactByIdErrorBodies, GetContactByIdInput, GetContactByIdResult } from "../models.cjs";
/** Every way `getContactById` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type GetContactByIdError = ApiError<400, "0801400", GetContactByIdErrorBodies[400]> | ApiError<401, "0800401", GetContactByIdErrorBodies[401]> | ApiError<403, "0801403", GetContactByIdErrorBodies[403]> | ApiError<404, "0800404", GetContactByIdErrorBodies[404]> | ApiError<409, "0800409", GetContactByIdErrorBodies[409]> | ApiError<500, "0801500", GetContactByIdErrorBodies[500]> | CommonError;
/**
 * Get a contact by ID
 * Retrieve detailed information about a specific contact in your OpenPhone workspace using the contact's unique identifier.
 * `GET /v1/contacts/{id}` (getContactById_v1)
 */
export declare function getContactById(client: ClientCore, input: GetContactByIdInput, options?: CallOptions): Promise<GetContactByIdResult>;
/** Like `getContactById`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function getContactByIdSafe(client: ClientCore, input: GetContactByIdInput, options?: CallOptions): Promise<SafeResult<GetContactByIdResult, GetContactByIdError>>;
