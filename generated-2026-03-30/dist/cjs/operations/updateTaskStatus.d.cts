import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { UpdateTaskStatusErrorBodies, UpdateTaskStatusInput, UpdateTaskStatusResult } from "../models.cjs";
/** Every way `updateTaskStatus` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type UpdateTaskStatusError = ApiError<400, string, UpdateTaskStatusErrorBodies[400]> | ApiError<401, string, UpdateTaskStatusErrorBodies[401]> | ApiError<403, string, UpdateTaskStatusErrorBodies[403]> | ApiError<404, string, UpdateTaskStatusErrorBodies[404]> | ApiError<500, string, UpdateTaskStatusErrorBodies[500]> | CommonError;
/**
 * Update the status of a task
 * Opens, completes or deletes a task.
 * `PATCH /tasks/{taskId}/status` (tasks.updateStatus)
 */
export declare function updateTaskStatus(client: ClientCore, input: UpdateTaskStatusInput, options?: CallOptions): Promise<UpdateTaskStatusResult>;
/** Like `updateTaskStatus`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function updateTaskStatusSafe(client: ClientCore, input: UpdateTaskStatusInput, options?: CallOptions): Promise<SafeResult<UpdateTaskStatusResult, UpdateTaskStatusError>>;
