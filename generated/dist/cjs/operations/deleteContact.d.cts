import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { DeleteContactErrorBodies, DeleteContactInput, DeleteContactResult } from "../models.cjs";
/** Every way `deleteContact` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type DeleteContactError = ApiError<400, "0801400", DeleteContactErrorBodies[400]> | ApiError<401, "0800401", DeleteContactErrorBodies[401]> | ApiError<403, "0801403", DeleteContactErrorBodies[403]> | ApiError<404, "0800404", DeleteContactErrorBodies[404]> | ApiError<409, "0800409", DeleteContactErrorBodies[409]> | ApiError<500, "0801500", DeleteContactErrorBodies[500]> | CommonError;
/**
 * Delete a contact
 * Delete a contact by its unique identifier.
 * `DELETE /v1/contacts/{id}` (deleteContact_v1)
 */
export declare function deleteContact(client: ClientCore, input: DeleteContactInput, options?: CallOptions): Promise<DeleteContactResult>;
/** Like `deleteContact`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function deleteContactSafe(client: ClientCore, input: DeleteContactInput, options?: CallOptions): Promise<SafeResult<DeleteContactResult, DeleteContactError>>;
