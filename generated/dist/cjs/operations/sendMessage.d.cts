import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { SendMessageErrorBodies, SendMessageInput, SendMessageResult } from "../models.cjs";
/** Every way `sendMessage` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type SendMessageError = ApiError<400, "0206400", SendMessageErrorBodies[400]> | ApiError<401, "0200401", SendMessageErrorBodies[401]> | ApiError<402, "0200402", SendMessageErrorBodies[402]> | ApiError<403, "0202403", SendMessageErrorBodies[403]> | ApiError<404, "0200404", SendMessageErrorBodies[404]> | ApiError<500, "0201500", SendMessageErrorBodies[500]> | CommonError;
/**
 * Send a text message
 * Send a text message from your OpenPhone number to a recipient.
 * `POST /v1/messages` (sendMessage_v1)
 */
export declare function sendMessage(client: ClientCore, input: SendMessageInput, options?: CallOptions): Promise<SendMessageResult>;
/** Like `sendMessage`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function sendMessageSafe(client: ClientCore, input: SendMessageInput, options?: CallOptions): Promise<SafeResult<SendMessageResult, SendMessageError>>;
