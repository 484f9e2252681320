import type { ApiError, CommonError } from "../runtime/errors.js";
import { type ClientCore } from "../runtime/http.js";
import type { CallOptions, SafeResult } from "../runtime/types.js";
import type { DeleteContactErrorBodies, DeleteContactInput, DeleteContactResult } from "../models.js";
/** Every way `deleteContact` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type DeleteContactError = ApiError<400, string, DeleteContactErrorBodies[400]> | ApiError<401, string, DeleteContactErrorBodies[401]> | ApiError<403, string, DeleteContactErrorBodies[403]> | ApiError<404, string, DeleteContactErrorBodies[404]> | ApiError<500, string, DeleteContactErrorBodies[500]> | CommonError;
/**
 * Delete a contact
 * Deletes a contact permanently.
 * `DELETE /contacts/{contactId}` (deleteContact)
 */
export declare function deleteContact(client: ClientCore, input: DeleteContactInput, options?: CallOptions): Promise<DeleteContactResult>;
/** Like `deleteContact`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function deleteContactSafe(client: ClientCore, input: DeleteContactInput, options?: CallOptions): Promise<SafeResult<DeleteContactResult, DeleteContactError>>;
