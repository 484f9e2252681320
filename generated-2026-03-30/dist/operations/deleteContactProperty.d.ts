import type { ApiError, CommonError } from "../runtime/errors.js";
import { type ClientCore } from "../runtime/http.js";
import type { CallOptions, SafeResult } from "../runtime/types.js";
import type { DeleteContactPropertyErrorBodies, DeleteContactPropertyInput, DeleteContactPropertyResult } from "../models.js";
/** Every way `deleteContactProperty` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type DeleteContactPropertyError = ApiError<400, string, DeleteContactPropertyErrorBodies[400]> | ApiError<401, string, DeleteContactPropertyErrorBodies[401]> | ApiError<403, string, DeleteContactPropertyErrorBodies[403]> | ApiError<404, string, DeleteContactPropertyErrorBodies[404]> | ApiError<500, string, DeleteContactPropertyErrorBodies[500]> | CommonError;
/**
 * Delete a contact property
 * Removes one property from a contact.
 * `DELETE /contacts/{contactId}/properties/{propertyId}` (deleteContactProperty)
 */
export declare function deleteContactProperty(client: ClientCore, input: DeleteContactPropertyInput, options?: CallOptions): Promise<DeleteContactPropertyResult>;
/** Like `deleteContactProperty`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function deleteContactPropertySafe(client: ClientCore, input: DeleteContactPropertyInput, options?: CallOptions): Promise<SafeResult<DeleteContactPropertyResult, DeleteContactPropertyError>>;
