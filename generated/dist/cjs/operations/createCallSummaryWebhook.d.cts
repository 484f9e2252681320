import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { CreateCallSummaryWebhookErrorBodies, CreateCallSummaryWebhookInput, CreateCallSummaryWebhookResult } from "../models.cjs";
/** Every way `createCallSummaryWebhook` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type CreateCallSummaryWebhookError = ApiError<400, "0305400", CreateCallSummaryWebhookErrorBodies[400]> | ApiError<401, "0300401", CreateCallSummaryWebhookErrorBodies[401]> | ApiError<403, "0300403", CreateCallSummaryWebhookErrorBodies[403]> | ApiError<404, "0300404", CreateCallSummaryWebhookErrorBodies[404]> | ApiError<500, "0301500", CreateCallSummaryWebhookErrorBodies[500]> | CommonError;
/**
 * Create a new webhook for call summaries
 * Creates a new webhook that triggers on events from call summaries.
 * `POST /v1/webhooks/call-summaries` (createCallSummaryWebhook_v1)
 */
export declare function createCallSummaryWebhook(client: ClientCore, input: CreateCallSummaryWebhookInput, options?: CallOptions): Promise<CreateCallSummaryWebhookResult>;
/** Like `createCallSummaryWebhook`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function createCallSummaryWebhookSafe(client: ClientCore, input: CreateCallSummaryWebhookInput, options?: CallOptions): Promise<SafeResult<CreateCallSummaryWebhookResult, CreateCallSummaryWebhookError>>;
