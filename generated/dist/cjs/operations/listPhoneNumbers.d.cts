import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { ListPhoneNumbersErrorBodies, ListPhoneNumbersInput, ListPhoneNumbersResult } from "../models.cjs";
/** Every way `listPhoneNumbers` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type ListPhoneNumbersError = ApiError<400, "0400400", ListPhoneNumbersErrorBodies[400]> | ApiError<401, "0400401", ListPhoneNumbersErrorBodies[401]> | ApiError<403, "0400403", ListPhoneNumbersErrorBodies[403]> | ApiError<404, "0400404", ListPhoneNumbersErrorBodies[404]> | ApiError<500, "0401500", ListPhoneNumbersErrorBodies[500]> | CommonError;
/**
 * List phone numbers
 * Retrieve the list of phone numbers and users associated with your OpenPhone workspace.
 * `GET /v1/phone-numbers` (listPhoneNumbers_v1)
 */
export declare function listPhoneNumbers(client: ClientCore, input?: ListPhoneNumbersInput, options?: CallOptions): Promise<ListPhoneNumbersResult>;
/** Like `listPhoneNumbers`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function listPhoneNumbersSafe(client: ClientCore, input?: ListPhoneNumbersInput, options?: CallOptions): Promise<SafeResult<ListPhoneNumbersResult, ListPhoneNumbersError>>;
