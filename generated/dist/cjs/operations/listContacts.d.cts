import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { ListContactsErrorBodies, ListContactsInput, ListContactsResult } from "../models.cjs";
/** Every way `listContacts` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type ListContactsError = ApiError<400, "0801400", ListContactsErrorBodies[400]> | ApiError<401, "0800401", ListContactsErrorBodies[401]> | ApiError<403, "0801403", ListContactsErrorBodies[403]> | ApiError<404, "0800404", ListContactsErrorBodies[404]> | ApiError<409, "0800409", ListContactsErrorBodies[409]> | ApiError<500, "0801500", ListContactsErrorBodies[500]> | CommonError;
/** The largest page size this endpoint accepts; `paginate` asks for it when the caller gives none. */
export declare const listContactsMaxPageSize = 50;
/**
 * List contacts
 * Retrieve a paginated list of contacts associated with specific external IDs. You can optionally filter the results further by providing a list of sources. **Note**: The `externalIds` parameter is currently required to specify the contacts you want to retrieve.
 * `GET /v1/contacts` (listContacts_v1)
 */
export declare function listContacts(client: ClientCore, input: ListContactsInput, options?: CallOptions): Promise<ListContactsResult>;
/** Like `listContacts`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function listContactsSafe(client: ClientCore, input: ListContactsInput, options?: CallOptions): Promise<SafeResult<ListContactsResult, ListContactsError>>;
