import type { ApiError, CommonError } from "../runtime/errors.js";
import { type ClientCore } from "../runtime/http.js";
import type { CallOptions, SafeResult } from "../runtime/types.js";
import type { ListPhoneNumbersErrorBodies, ListPhoneNumbersInput, ListPhoneNumbersResult } from "../models.js";
/** Every way `listPhoneNumbers` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type ListPhoneNumbersError = ApiError<400, string, ListPhoneNumbersErrorBodies[400]> | ApiError<401, string, ListPhoneNumbersErrorBodies[401]> | ApiError<403, string, ListPhoneNumbersErrorBodies[403]> | ApiError<500, string, ListPhoneNumbersErrorBodies[500]> | CommonError;
/** The largest page size this endpoint accepts; `paginate` asks for it when the caller gives none. */
export declare const listPhoneNumbersMaxPageSize = 50;
/**
 * List phone numbers
 * Lists the workspace's phone numbers; restrictions are added on request.
 * `GET /phone-numbers` (listPhoneNumbers)
 */
export declare function listPhoneNumbers(client: ClientCore, input?: ListPhoneNumbersInput, options?: CallOptions): Promise<ListPhoneNumbersResult>;
/** Like `listPhoneNumbers`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function listPhoneNumbersSafe(client: ClientCore, input?: ListPhoneNumbersInput, options?: CallOptions): Promise<SafeResult<ListPhoneNumbersResult, ListPhoneNumbersError>>;
