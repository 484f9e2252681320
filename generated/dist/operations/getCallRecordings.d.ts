import type { ApiError, CommonError } from "../runtime/errors.js";
import { type ClientCore } from "../runtime/http.js";
import type { CallOptions, SafeResult } from "../runtime/types.js";
import type { GetCallRecordingsErrorBodies, GetCallRecordingsInput, GetCallRecordingsResult } from "../models.js";
/** Every way `getCallRecordings` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type GetCallRecordingsError = ApiError<400, "0900400", GetCallRecordingsErrorBodies[400]> | ApiError<401, "0900401", GetCallRecordingsErrorBodies[401]> | ApiError<403, "0900403", GetCallRecordingsErrorBodies[403]> | ApiError<404, "0900404", GetCallRecordingsErrorBodies[404]> | ApiError<500, "0901500", GetCallRecordingsErrorBodies[500]> | CommonError;
/**
 * Get recordings for a call
 * Retrieve a list of recordings associated with a specific call. The results are sorted chronologically, with the oldest recording segment appearing first in the list.
 * `GET /v1/call-recordings/{callId}` (getCallRecordings_v1)
 */
export declare function getCallRecordings(client: ClientCore, input: GetCallRecordingsInput, options?: CallOptions): Promise<GetCallRecordingsResult>;
/** Like `getCallRecordings`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function getCallRecordingsSafe(client: ClientCore, input: GetCallRecordingsInput, options?: CallOptions): Promise<SafeResult<GetCallRecordingsResult, GetCallRecordingsError>>;
