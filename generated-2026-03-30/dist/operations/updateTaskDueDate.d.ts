import type { ApiError, CommonError } from "../runtime/errors.js";
import { type ClientCore } from "../runtime/http.js";
import type { CallOptions, SafeResult } from "../runtime/types.js";
import type { UpdateTaskDueDateErrorBodies, UpdateTaskDueDateInput, UpdateTaskDueDateResult } from "../models.js";
/** Every way `updateTaskDueDate` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type UpdateTaskDueDateError = ApiError<400, string, UpdateTaskDueDateErrorBodies[400]> | ApiError<401, string, UpdateTaskDueDateErrorBodies[401]> | ApiError<403, string, UpdateTaskDueDateErrorBodies[403]> | ApiError<404, string, UpdateTaskDueDateErrorBodies[404]> | ApiError<500, string, UpdateTaskDueDateErrorBodies[500]> | CommonError;
/**
 * Update the due date of a task
 * Sets or changes the due date of a task.
 * `PATCH /tasks/{taskId}/due-date` (tasks.updateDueDate)
 */
export declare function updateTaskDueDate(client: ClientCore, input: UpdateTaskDueDateInput, options?: CallOptions): Promise<UpdateTaskDueDateResult>;
/** Like `updateTaskDueDate`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function updateTaskDueDateSafe(client: ClientCore, input: UpdateTaskDueDateInput, options?: CallOptions): Promise<SafeResult<UpdateTaskDueDateResult, UpdateTaskDueDateError>>;
