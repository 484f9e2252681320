import type { ApiError, CommonError } from "../runtime/errors.js";
import { type ClientCore } from "../runtime/http.js";
import type { CallOptions, SafeResult } from "../runtime/types.js";
import type { DeleteTaskDueDateErrorBodies, DeleteTaskDueDateInput, DeleteTaskDueDateResult } from "../models.js";
/** Every way `deleteTaskDueDate` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type DeleteTaskDueDateError = ApiError<400, string, DeleteTaskDueDateErrorBodies[400]> | ApiError<401, string, DeleteTaskDueDateErrorBodies[401]> | ApiError<403, string, DeleteTaskDueDateErrorBodies[403]> | ApiError<404, string, DeleteTaskDueDateErrorBodies[404]> | ApiError<500, string, DeleteTaskDueDateErrorBodies[500]> | CommonError;
/**
 * Delete the due date of a task
 * Clears the due date of a task.
 * `DELETE /tasks/{taskId}/due-date` (tasks.deleteDueDate)
 */
export declare function deleteTaskDueDate(client: ClientCore, input: DeleteTaskDueDateInput, options?: CallOptions): Promise<DeleteTaskDueDateResult>;
/** Like `deleteTaskDueDate`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function deleteTaskDueDateSafe(client: ClientCore, input: DeleteTaskDueDateInput, options?: CallOptions): Promise<SafeResult<DeleteTaskDueDateResult, DeleteTaskDueDateError>>;
