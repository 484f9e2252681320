import type { ApiError, CommonError } from "../runtime/errors.js";
import { type ClientCore } from "../runtime/http.js";
import type { CallOptions, SafeResult } from "../runtime/types.js";
import type { GetContactCustomFieldsErrorBodies, GetContactCustomFieldsInput, GetContactCustomFieldsResult } from "../models.js";
/** Every way `getContactCustomFields` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type GetContactCustomFieldsError = ApiError<400, "0700400", GetContactCustomFieldsErrorBodies[400]> | ApiError<401, "0700401", GetContactCustomFieldsErrorBodies[401]> | ApiError<403, "0700403", GetContactCustomFieldsErrorBodies[403]> | ApiError<404, "0700404", GetContactCustomFieldsErrorBodies[404]> | ApiError<500, "0701500", GetContactCustomFieldsErrorBodies[500]> | CommonError;
/**
 * Get contact custom fields
 * Custom contact fields enhance your OpenPhone contacts with additional information beyond standard details like name, company, role, emails and phone numbers. These user-defined fields let you capture business-specific data. While you can only create or modify these fields in OpenPhone itself, this endpoint retrieves your existing custom properties. Use this information to accurately map and include important custom data when creating new contacts via the API.
 * `GET /v1/contact-custom-fields` (getContactCustomFields_v1)
 */
export declare function getContactCustomFields(client: ClientCore, input?: GetContactCustomFieldsInput, options?: CallOptions): Promise<GetContactCustomFieldsResult>;
/** Like `getContactCustomFields`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function getContactCustomFieldsSafe(client: ClientCore, input?: GetContactCustomFieldsInput, options?: CallOptions): Promise<SafeResult<GetContactCustomFieldsResult, GetContactCustomFieldsError>>;
