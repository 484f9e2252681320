import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { GetCallRecordingsErrorBodies, GetCallRecordingsInput, GetCallRecordingsResult } from "../models.cjs";
/** Every way `getCallRecordings` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type GetCallRecordingsError = ApiError<400, string, GetCallRecordingsErrorBodies[400]> | ApiError<401, string, GetCallRecordingsErrorBodies[401]> | ApiError<403, string, GetCallRecordingsErrorBodies[403]> | ApiError<404, string, GetCallRecordingsErrorBodies[404]> | ApiError<500, string, GetCallRecordingsErrorBodies[500]> | CommonError;
/** The largest page size this endpoint accepts; `paginate` asks for it when the caller gives none. */
export declare const getCallRecordingsMaxPageSize = 50;
/**
 * List recordings for a call
 * Lists the recorded segments of a call, oldest segment first.
 * `GET /calls/{callId}/recordings` (getCallRecordings)
 */
export declare function getCallRecordings(client: ClientCore, input: GetCallRecordingsInput, options?: CallOptions): Promise<GetCallRecordingsResult>;
/** Like `getCallRecordings`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function getCallRecordingsSafe(client: ClientCore, input: GetCallRecordingsInput, options?: CallOptions): Promise<SafeResult<GetCallRecordingsResult, GetCallRecordingsError>>;
