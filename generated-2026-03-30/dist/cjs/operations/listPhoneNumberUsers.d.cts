import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { ListPhoneNumberUsersErrorBodies, ListPhoneNumberUsersInput, ListPhoneNumberUsersResult } from "../models.cjs";
/** Every way `listPhoneNumberUsers` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type ListPhoneNumberUsersError = ApiError<400, string, ListPhoneNumberUsersErrorBodies[400]> | ApiError<401, string, ListPhoneNumberUsersErrorBodies[401]> | ApiError<403, string, ListPhoneNumberUsersErrorBodies[403]> | ApiError<404, string, ListPhoneNumberUsersErrorBodies[404]> | ApiError<500, string, ListPhoneNumberUsersErrorBodies[500]> | CommonError;
/** The largest page size this endpoint accepts; `paginate` asks for it when the caller gives none. */
export declare const listPhoneNumberUsersMaxPageSize = 50;
/**
 * List the members assigned to a phone number
 * Lists the users assigned to a number, ordered by user id.
 * `GET /phone-numbers/{phoneNumberId}/users` (listPhoneNumberUsers)
 */
export declare function listPhoneNumberUsers(client: ClientCore, input: ListPhoneNumberUsersInput, options?: CallOptions): Promise<ListPhoneNumberUsersResult>;
/** Like `listPhoneNumberUsers`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function listPhoneNumberUsersSafe(client: ClientCore, input: ListPhoneNumberUsersInput, options?: CallOptions): Promise<SafeResult<ListPhoneNumberUsersResult, ListPhoneNumberUsersError>>;
