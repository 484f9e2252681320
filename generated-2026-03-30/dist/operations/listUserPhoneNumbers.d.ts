import type { ApiError, CommonError } from "../runtime/errors.js";
import { type ClientCore } from "../runtime/http.js";
import type { CallOptions, SafeResult } from "../runtime/types.js";
import type { ListUserPhoneNumbersErrorBodies, ListUserPhoneNumbersInput, ListUserPhoneNumbersResult } from "../models.js";
/** Every way `listUserPhoneNumbers` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type ListUserPhoneNumbersError = ApiError<400, string, ListUserPhoneNumbersErrorBodies[400]> | ApiError<401, string, ListUserPhoneNumbersErrorBodies[401]> | ApiError<403, string, ListUserPhoneNumbersErrorBodies[403]> | ApiError<500, string, ListUserPhoneNumbersErrorBodies[500]> | CommonError;
/** The largest page size this endpoint accepts; `paginate` asks for it when the caller gives none. */
export declare const listUserPhoneNumbersMaxPageSize = 50;
/**
 * List a user's phone numbers
 * Lists the phone numbers assigned to a user.
 * `GET /users/{userId}/phone-numbers` (listUserPhoneNumbers)
 */
export declare function listUserPhoneNumbers(client: ClientCore, input: ListUserPhoneNumbersInput, options?: CallOptions): Promise<ListUserPhoneNumbersResult>;
/** Like `listUserPhoneNumbers`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function listUserPhoneNumbersSafe(client: ClientCore, input: ListUserPhoneNumbersInput, options?: CallOptions): Promise<SafeResult<ListUserPhoneNumbersResult, ListUserPhoneNumbersError>>;
