import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { GetCallSummaryErrorBodies, GetCallSummaryInput, GetCallSummaryResult } from "../models.cjs";
/** Every way `getCallSummary` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type GetCallSummaryError = ApiError<400, "0500400", GetCallSummaryErrorBodies[400]> | ApiError<401, "0500401", GetCallSummaryErrorBodies[401]> | ApiError<403, "0500403", GetCallSummaryErrorBodies[403]> | ApiError<404, "0500404", GetCallSummaryErrorBodies[404]> | ApiError<500, "0501500", GetCallSummaryErrorBodies[500]> | CommonError;
/**
 * Get a summary for a call
 * Retrieve an AI-generated summary of a specific call identified by its unique call ID. Call summaries are only available on OpenPhone Business plan.
 * `GET /v1/call-summaries/{callId}` (getCallSummary_v1)
 */
export declare function getCallSummary(client: ClientCore, input: GetCallSummaryInput, options?: CallOptions): Promise<GetCallSummaryResult>;
/** Like `getCallSummary`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function getCallSummarySafe(client: ClientCore, input: GetCallSummaryInput, options?: CallOptions): Promise<SafeResult<GetCallSummaryResult, GetCallSummaryError>>;
