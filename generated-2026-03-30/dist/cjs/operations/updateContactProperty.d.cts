import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { UpdateContactPropertyErrorBodies, UpdateContactPropertyInput, UpdateContactPropertyResult } from "../models.cjs";
/** Every way `updateContactProperty` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type UpdateContactPropertyError = ApiError<400, string, UpdateContactPropertyErrorBodies[400]> | ApiError<401, string, UpdateContactPropertyErrorBodies[401]> | ApiError<403, string, UpdateContactPropertyErrorBodies[403]> | ApiError<404, string, UpdateContactPropertyErrorBodies[404]> | ApiError<500, string, UpdateContactPropertyErrorBodies[500]> | CommonError;
/**
 * Update a contact property
 * Changes the name or value of a property; its type cannot change.
 * `PATCH /contacts/{contactId}/properties/{propertyId}` (updateContactProperty)
 */
export declare function updateContactProperty(client: ClientCore, input: UpdateContactPropertyInput, options?: CallOptions): Promise<UpdateContactPropertyResult>;
/** Like `updateContactProperty`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function updateContactPropertySafe(client: ClientCore, input: UpdateContactPropertyInput, options?: CallOptions): Promise<SafeResult<UpdateContactPropertyResult, UpdateContactPropertyError>>;
