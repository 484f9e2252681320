import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { GetCallTranscriptErrorBodies, GetCallTranscriptInput, GetCallTranscriptResult } from "../models.cjs";
/** Every way `getCallTranscript` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type GetCallTranscriptError = ApiError<400, "0600400", GetCallTranscriptErrorBodies[400]> | ApiError<401, "0600401", GetCallTranscriptErrorBodies[401]> | ApiError<403, "0600403", GetCallTranscriptErrorBodies[403]> | ApiError<404, "0600404", GetCallTranscriptErrorBodies[404]> | ApiError<500, "0601500", GetCallTranscriptErrorBodies[500]> | CommonError;
/**
 * Get a transcription for a call
 * Retrieve a detailed transcript of a specific call identified by its unique call ID. Call transcripts are only available on OpenPhone business plan.
 * `GET /v1/call-transcripts/{id}` (getCallTranscript_v1)
 */
export declare function getCallTranscript(client: ClientCore, input: GetCallTranscriptInput, options?: CallOptions): Promise<GetCallTranscriptResult>;
/** Like `getCallTranscript`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function getCallTranscriptSafe(client: ClientCore, input: GetCallTranscriptInput, options?: CallOptions): Promise<SafeResult<GetCallTranscriptResult, GetCallTranscriptError>>;
