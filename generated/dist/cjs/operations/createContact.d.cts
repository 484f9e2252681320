import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { CreateContactErrorBodies, CreateContactInput, CreateContactResult } from "../models.cjs";
/** Every way `createContact` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type CreateContactError = ApiError<400, "0801400", CreateContactErrorBodies[400]> | ApiError<401, "0800401", CreateContactErrorBodies[401]> | ApiError<403, "0801403", CreateContactErrorBodies[403]> | ApiError<404, "0800404", CreateContactErrorBodies[404]> | ApiError<409, "0800409", CreateContactErrorBodies[409]> | ApiError<500, "0801500", CreateContactErrorBodies[500]> | CommonError;
/**
 * Create a contact
 * Create a contact for a workspace.
 * `POST /v1/contacts` (createContact_v1)
 */
export declare function createContact(client: ClientCore, input: CreateContactInput, options?: CallOptions): Promise<CreateContactResult>;
/** Like `createContact`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function createContactSafe(client: ClientCore, input: CreateContactInput, options?: CallOptions): Promise<SafeResult<CreateContactResult, CreateContactError>>;
