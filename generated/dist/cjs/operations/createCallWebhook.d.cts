import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { CreateCallWebhookErrorBodies, CreateCallWebhookInput, CreateCallWebhookResult } from "../models.cjs";
/** Every way `createCallWebhook` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type CreateCallWebhookError = ApiError<400, "0305400", CreateCallWebhookErrorBodies[400]> | ApiError<401, "0300401", CreateCallWebhookErrorBodies[401]> | ApiError<403, "0300403", CreateCallWebhookErrorBodies[403]> | ApiError<404, "0300404", CreateCallWebhookErrorBodies[404]> | ApiError<500, "0301500", CreateCallWebhookErrorBodies[500]> | CommonError;
/**
 * Create a new webhook for calls
 * Creates a new webhook that triggers on events from calls.
 * `POST /v1/webhooks/calls` (createCallWebhook_v1)
 */
export declare function createCallWebhook(client: ClientCore, input: CreateCallWebhookInput, options?: CallOptions): Promise<CreateCallWebhookResult>;
/** Like `createCallWebhook`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function createCallWebhookSafe(client: ClientCore, input: CreateCallWebhookInput, options?: CallOptions): Promise<SafeResult<CreateCallWebhookResult, CreateCallWebhookError>>;
