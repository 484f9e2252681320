import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { CreateContactErrorBodies, CreateContactInput, CreateContactResult } from "../models.cjs";
/** Every way `createContact` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type CreateContactError = ApiError<400, string, CreateContactErrorBodies[400]> | ApiError<401, string, CreateContactErrorBodies[401]> | ApiError<403, string, CreateContactErrorBodies[403]> | ApiError<404, string, CreateContactErrorBodies[404]> | ApiError<409, string, CreateContactErrorBodies[409]> | ApiError<500, string, CreateContactErrorBodies[500]> | CommonError;
/**
 * Create a contact
 * Creates a contact with scalar fields only; phone numbers and emails are added as properties.
 * `POST /contacts` (createContact)
 */
export declare function createContact(client: ClientCore, input: CreateContactInput, options?: CallOptions): Promise<CreateContactResult>;
/** Like `createContact`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function createContactSafe(client: ClientCore, input: CreateContactInput, options?: CallOptions): Promise<SafeResult<CreateContactResult, CreateContactError>>;
