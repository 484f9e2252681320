import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { UpdateTaskErrorBodies, UpdateTaskInput, UpdateTaskResult } from "../models.cjs";
/** Every way `updateTask` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type UpdateTaskError = ApiError<400, string, UpdateTaskErrorBodies[400]> | ApiError<401, string, UpdateTaskErrorBodies[401]> | ApiError<403, string, UpdateTaskErrorBodies[403]> | ApiError<404, string, UpdateTaskErrorBodies[404]> | ApiError<500, string, UpdateTaskErrorBodies[500]> | CommonError;
/**
 * Update a task
 * Sets the title and description of a task; both are required.
 * `PATCH /tasks/{taskId}` (tasks.update)
 */
export declare function updateTask(client: ClientCore, input: UpdateTaskInput, options?: CallOptions): Promise<UpdateTaskResult>;
/** Like `updateTask`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function updateTaskSafe(client: ClientCore, input: UpdateTaskInput, options?: CallOptions): Promise<SafeResult<UpdateTaskResult, UpdateTaskError>>;
