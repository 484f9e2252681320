import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { GetContactPropertyErrorBodies, GetContactPropertyInput, GetContactPropertyResult } from "../models.cjs";
/** Every way `getContactProperty` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type GetContactPropertyError = ApiError<400, string, GetContactPropertyErrorBodies[400]> | ApiError<401, string, GetContactPropertyErrorBodies[401]> | ApiError<403, string, GetContactPropertyErrorBodies[403]> | ApiError<404, string, GetContactPropertyErrorBodies[404]> | ApiError<500, string, GetContactPropertyErrorBodies[500]> | CommonError;
/**
 * Get a contact property by ID
 * Returns one property of a contact.
 * `GET /contacts/{contactId}/properties/{propertyId}` (getContactProperty)
 */
export declare function getContactProperty(client: ClientCore, input: GetContactPropertyInput, options?: CallOptions): Promise<GetContactPropertyResult>;
/** Like `getContactProperty`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function getContactPropertySafe(client: ClientCore, input: GetContactPropertyInput, options?: CallOptions): Promise<SafeResult<GetContactPropertyResult, GetContactPropertyError>>;
