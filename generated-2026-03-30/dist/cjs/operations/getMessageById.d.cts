import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { GetMessageByIdErrorBodies, GetMessageByIdInput, GetMessageByIdResult } from "../models.cjs";
/** Every way `getMessageById` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type GetMessageByIdError = ApiError<400, string, GetMessageByIdErrorBodies[400]> | ApiError<401, string, GetMessageByIdErrorBodies[401]> | ApiError<403, string, GetMessageByIdErrorBodies[403]> | ApiError<404, string, GetMessageByIdErrorBodies[404]> | ApiError<422, string, GetMessageByIdErrorBodies[422]> | ApiError<500, string, GetMessageByIdErrorBodies[500]> | CommonError;
/**
 * Get a message by ID
 * Returns one message with its media.
 * `GET /messages/{messageId}` (getMessageById)
 */
export declare function getMessageById(client: ClientCore, input: GetMessageByIdInput, options?: CallOptions): Promise<GetMessageByIdResult>;
/** Like `getMessageById`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function getMessageByIdSafe(client: ClientCore, input: GetMessageByIdInput, options?: CallOptions): Promise<SafeResult<GetMessageByIdResult, GetMessageByIdError>>;
