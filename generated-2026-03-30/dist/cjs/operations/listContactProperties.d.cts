import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { ListContactPropertiesErrorBodies, ListContactPropertiesInput, ListContactPropertiesResult } from "../models.cjs";
/** Every way `listContactProperties` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type ListContactPropertiesError = ApiError<400, string, ListContactPropertiesErrorBodies[400]> | ApiError<401, string, ListContactPropertiesErrorBodies[401]> | ApiError<403, string, ListContactPropertiesErrorBodies[403]> | ApiError<404, string, ListContactPropertiesErrorBodies[404]> | ApiError<500, string, ListContactPropertiesErrorBodies[500]> | CommonError;
/** The largest page size this endpoint accepts; `paginate` asks for it when the caller gives none. */
export declare const listContactPropertiesMaxPageSize = 50;
/**
 * List contact properties
 * Lists the typed values (phone numbers, emails, custom values) of a contact.
 * `GET /contacts/{contactId}/properties` (listContactProperties)
 */
export declare function listContactProperties(client: ClientCore, input: ListContactPropertiesInput, options?: CallOptions): Promise<ListContactPropertiesResult>;
/** Like `listContactProperties`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function listContactPropertiesSafe(client: ClientCore, input: ListContactPropertiesInput, options?: CallOptions): Promise<SafeResult<ListContactPropertiesResult, ListContactPropertiesError>>;
