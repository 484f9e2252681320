import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { DeleteTaskErrorBodies, DeleteTaskInput, DeleteTaskResult } from "../models.cjs";
/** Every way `deleteTask` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type DeleteTaskError = ApiError<400, string, DeleteTaskErrorBodies[400]> | ApiError<401, string, DeleteTaskErrorBodies[401]> | ApiError<403, string, DeleteTaskErrorBodies[403]> | ApiError<404, string, DeleteTaskErrorBodies[404]> | ApiError<500, string, DeleteTaskErrorBodies[500]> | CommonError;
/**
 * Delete a task
 * Deletes a task.
 * `DELETE /tasks/{taskId}` (tasks.delete)
 */
export declare function deleteTask(client: ClientCore, input: DeleteTaskInput, options?: CallOptions): Promise<DeleteTaskResult>;
/** Like `deleteTask`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function deleteTaskSafe(client: ClientCore, input: DeleteTaskInput, options?: CallOptions): Promise<SafeResult<DeleteTaskResult, DeleteTaskError>>;
