import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { GetAvailablePhoneNumbersBaseErrorBodies, GetAvailablePhoneNumbersBaseInput, GetAvailablePhoneNumbersBaseResult } from "../models.cjs";
/** Every way `getAvailablePhoneNumbersBase` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type GetAvailablePhoneNumbersBaseError = ApiError<400, string, GetAvailablePhoneNumbersBaseErrorBodies[400]> | ApiError<401, string, GetAvailablePhoneNumbersBaseErrorBodies[401]> | ApiError<403, string, GetAvailablePhoneNumbersBaseErrorBodies[403]> | ApiError<404, string, GetAvailablePhoneNumbersBaseErrorBodies[404]> | ApiError<500, string, GetAvailablePhoneNumbersBaseErrorBodies[500]> | CommonError;
/**
 * Get available phone numbers
 * Searches numbers that could be obtained; it does not buy or provision anything.
 * `GET /phone-numbers/available` (getAvailablePhoneNumbersBase)
 */
export declare function getAvailablePhoneNumbersBase(client: ClientCore, input?: GetAvailablePhoneNumbersBaseInput, options?: CallOptions): Promise<GetAvailablePhoneNumbersBaseResult>;
/** Like `getAvailablePhoneNumbersBase`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function getAvailablePhoneNumbersBaseSafe(client: ClientCore, input?: GetAvailablePhoneNumbersBaseInput, options?: CallOptions): Promise<SafeResult<GetAvailablePhoneNumbersBaseResult, GetAvailablePhoneNumbersBaseError>>;
