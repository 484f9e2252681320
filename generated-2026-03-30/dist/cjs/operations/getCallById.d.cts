import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { GetCallByIdErrorBodies, GetCallByIdInput, GetCallByIdResult } from "../models.cjs";
/** Every way `getCallById` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type GetCallByIdError = ApiError<400, string, GetCallByIdErrorBodies[400]> | ApiError<401, string, GetCallByIdErrorBodies[401]> | ApiError<403, string, GetCallByIdErrorBodies[403]> | ApiError<404, string, GetCallByIdErrorBodies[404]> | ApiError<500, string, GetCallByIdErrorBodies[500]> | CommonError;
/**
 * Get a call by ID
 * Returns one call; summary and voicemail are added on request.
 * `GET /calls/{callId}` (getCallById)
 */
export declare function getCallById(client: ClientCore, input: GetCallByIdInput, options?: CallOptions): Promise<GetCallByIdResult>;
/** Like `getCallById`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function getCallByIdSafe(client: ClientCore, input: GetCallByIdInput, options?: CallOptions): Promise<SafeResult<GetCallByIdResult, GetCallByIdError>>;
