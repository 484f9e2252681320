import type { ApiError, CommonError } from "../runtime/errors.js";
import { type ClientCore } from "../runtime/http.js";
import type { CallOptions, SafeResult } from "../runtime/types.js";
import type { GetTaskErrorBodies, GetTaskInput, GetTaskResult } from "../models.js";
/** Every way `getTask` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type GetTaskError = ApiError<400, string, GetTaskErrorBodies[400]> | ApiError<401, string, GetTaskErrorBodies[401]> | ApiError<403, string, GetTaskErrorBodies[403]> | ApiError<404, string, GetTaskErrorBodies[404]> | ApiError<500, string, GetTaskErrorBodies[500]> | CommonError;
/**
 * Get a task by task ID
 * Returns one task.
 * `GET /tasks/{taskId}` (tasks.get)
 */
export declare function getTask(client: ClientCore, input: GetTaskInput, options?: CallOptions): Promise<GetTaskResult>;
/** Like `getTask`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function getTaskSafe(client: ClientCore, input: GetTaskInput, options?: CallOptions): Promise<SafeResult<GetTaskResult, GetTaskError>>;
