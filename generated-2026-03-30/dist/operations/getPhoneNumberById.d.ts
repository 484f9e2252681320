import type { ApiError, CommonError } from "../runtime/errors.js";
import { type ClientCore } from "../runtime/http.js";
import type { CallOptions, SafeResult } from "../runtime/types.js";
import type { GetPhoneNumberByIdErrorBodies, GetPhoneNumberByIdInput, GetPhoneNumberByIdResult } from "../models.js";
/** Every way `getPhoneNumberById` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type GetPhoneNumberByIdError = ApiError<400, string, GetPhoneNumberByIdErrorBodies[400]> | ApiError<401, string, GetPhoneNumberByIdErrorBodies[401]> | ApiError<403, string, GetPhoneNumberByIdErrorBodies[403]> | ApiError<404, string, GetPhoneNumberByIdErrorBodies[404]> | ApiError<500, string, GetPhoneNumberByIdErrorBodies[500]> | CommonError;
/**
 * Get a phone number by ID
 * Returns one phone number; restrictions and business hours are added on request.
 * `GET /phone-numbers/{phoneNumberId}` (getPhoneNumberById)
 */
export declare function getPhoneNumberById(client: ClientCore, input: GetPhoneNumberByIdInput, options?: CallOptions): Promise<GetPhoneNumberByIdResult>;
/** Like `getPhoneNumberById`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function getPhoneNumberByIdSafe(client: ClientCore, input: GetPhoneNumberByIdInput, options?: CallOptions): Promise<SafeResult<GetPhoneNumberByIdResult, GetPhoneNumberByIdError>>;
