import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { AssignTaskUserErrorBodies, AssignTaskUserInput, AssignTaskUserResult } from "../models.cjs";
/** Every way `assignTaskUser` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type AssignTaskUserError = ApiError<400, string, AssignTaskUserErrorBodies[400]> | ApiError<401, string, AssignTaskUserErrorBodies[401]> | ApiError<403, string, AssignTaskUserErrorBodies[403]> | ApiError<404, string, AssignTaskUserErrorBodies[404]> | ApiError<500, string, AssignTaskUserErrorBodies[500]> | CommonError;
/**
 * Assign a user to a task
 * Assigns a user to a task.
 * `POST /tasks/{taskId}/users` (tasks.assignUser)
 */
export declare function assignTaskUser(client: ClientCore, input: AssignTaskUserInput, options?: CallOptions): Promise<AssignTaskUserResult>;
/** Like `assignTaskUser`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function assignTaskUserSafe(client: ClientCore, input: AssignTaskUserInput, options?: CallOptions): Promise<SafeResult<AssignTaskUserResult, AssignTaskUserError>>;
