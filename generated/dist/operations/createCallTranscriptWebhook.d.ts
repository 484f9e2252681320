import type { ApiError, CommonError } from "../runtime/errors.js";
import { type ClientCore } from "../runtime/http.js";
import type { CallOptions, SafeResult } from "../runtime/types.js";
import type { CreateCallTranscriptWebhookErrorBodies, CreateCallTranscriptWebhookInput, CreateCallTranscriptWebhookResult } from "../models.js";
/** Every way `createCallTranscriptWebhook` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type CreateCallTranscriptWebhookError = ApiError<400, "0305400", CreateCallTranscriptWebhookErrorBodies[400]> | ApiError<401, "0300401", CreateCallTranscriptWebhookErrorBodies[401]> | ApiError<403, "0300403", CreateCallTranscriptWebhookErrorBodies[403]> | ApiError<404, "0300404", CreateCallTranscriptWebhookErrorBodies[404]> | ApiError<500, "0301500", CreateCallTranscriptWebhookErrorBodies[500]> | CommonError;
/**
 * Create a new webhook for call transcripts
 * Creates a new webhook that triggers on events from call transcripts.
 * `POST /v1/webhooks/call-transcripts` (createCallTranscriptWebhook_v1)
 */
export declare function createCallTranscriptWebhook(client: ClientCore, input: CreateCallTranscriptWebhookInput, options?: CallOptions): Promise<CreateCallTranscriptWebhookResult>;
/** Like `createCallTranscriptWebhook`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function createCallTranscriptWebhookSafe(client: ClientCore, input: CreateCallTranscriptWebhookInput, options?: CallOptions): Promise<SafeResult<CreateCallTranscriptWebhookResult, CreateCallTranscriptWebhookError>>;
