import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { GetCallTranscriptsErrorBodies, GetCallTranscriptsInput, GetCallTranscriptsResult } from "../models.cjs";
/** Every way `getCallTranscripts` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type GetCallTranscriptsError = ApiError<400, string, GetCallTranscriptsErrorBodies[400]> | ApiError<401, string, GetCallTranscriptsErrorBodies[401]> | ApiError<403, string, GetCallTranscriptsErrorBodies[403]> | ApiError<404, string, GetCallTranscriptsErrorBodies[404]> | ApiError<500, string, GetCallTranscriptsErrorBodies[500]> | CommonError;
/** The largest page size this endpoint accepts; `paginate` asks for it when the caller gives none. */
export declare const getCallTranscriptsMaxPageSize = 50;
/**
 * List transcripts for a call
 * Lists one transcript per recorded segment of a call, oldest segment first.
 * `GET /calls/{callId}/transcripts` (getCallTranscripts)
 */
export declare function getCallTranscripts(client: ClientCore, input: GetCallTranscriptsInput, options?: CallOptions): Promise<GetCallTranscriptsResult>;
/** Like `getCallTranscripts`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function getCallTranscriptsSafe(client: ClientCore, input: GetCallTranscriptsInput, options?: CallOptions): Promise<SafeResult<GetCallTranscriptsResult, GetCallTranscriptsError>>;
