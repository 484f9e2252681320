import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { GetMessageByIdErrorBodies, GetMessageByIdInput, GetMessageByIdResult } from "../models.cjs";
/** Every way `getMessageById` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type GetMessageByIdError = ApiError<400, "0206400", GetMessageByIdErrorBodies[400]> | ApiError<401, "0200401", GetMessageByIdErrorBodies[401]> | ApiError<402, "0200402", GetMessageByIdErrorBodies[402]> | ApiError<403, "0202403", GetMessageByIdErrorBodies[403]> | ApiError<404, "0200404", GetMessageByIdErrorBodies[404]> | ApiError<500, "0201500", GetMessageByIdErrorBodies[500]> | CommonError;
/**
 * Get a message by ID
 * Get a message by its unique identifier.
 * `GET /v1/messages/{id}` (getMessageById_v1)
 */
export declare function getMessageById(client: ClientCore, input: GetMessageByIdInput, options?: CallOptions): Promise<GetMessageByIdResult>;
/** Like `getMessageById`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function getMessageByIdSafe(client: ClientCore, input: GetMessageByIdInput, options?: CallOptions): Promise<SafeResult<GetMessageByIdResult, GetMessageByIdError>>;
