import type { ApiError, CommonError } from "../runtime/errors.js";
import { type ClientCore } from "../runtime/http.js";
import type { CallOptions, SafeResult } from "../runtime/types.js";
import type { CreateContactPropertyErrorBodies, CreateContactPropertyInput, CreateContactPropertyResult } from "../models.js";
/** Every way `createContactProperty` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type CreateContactPropertyError = ApiError<400, string, CreateContactPropertyErrorBodies[400]> | ApiError<401, string, CreateContactPropertyErrorBodies[401]> | ApiError<403, string, CreateContactPropertyErrorBodies[403]> | ApiError<404, string, CreateContactPropertyErrorBodies[404]> | ApiError<500, string, CreateContactPropertyErrorBodies[500]> | CommonError;
/**
 * Create a contact property
 * Adds one typed value to a contact.
 * `POST /contacts/{contactId}/properties` (createContactProperty)
 */
export declare function createContactProperty(client: ClientCore, input: CreateContactPropertyInput, options?: CallOptions): Promise<CreateContactPropertyResult>;
/** Like `createContactProperty`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function createContactPropertySafe(client: ClientCore, input: CreateContactPropertyInput, options?: CallOptions): Promise<SafeResult<CreateContactPropertyResult, CreateContactPropertyError>>;
