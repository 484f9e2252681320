import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { UnassignTaskUserErrorBodies, UnassignTaskUserInput, UnassignTaskUserResult } from "../models.cjs";
/** Every way `unassignTaskUser` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type UnassignTaskUserError = ApiError<400, string, UnassignTaskUserErrorBodies[400]> | ApiError<401, string, UnassignTaskUserErrorBodies[401]> | ApiError<403, string, UnassignTaskUserErrorBodies[403]> | ApiError<404, string, UnassignTaskUserErrorBodies[404]> | ApiError<500, string, UnassignTaskUserErrorBodies[500]> | CommonError;
/**
 * Unassign a user from a task
 * Removes a user from a task; the user is named in a JSON body.
 * `DELETE /tasks/{taskId}/users` (tasks.unassignUser)
 */
export declare function unassignTaskUser(client: ClientCore, input: UnassignTaskUserInput, options?: CallOptions): Promise<UnassignTaskUserResult>;
/** Like `unassignTaskUser`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function unassignTaskUserSafe(client: ClientCore, input: UnassignTaskUserInput, options?: CallOptions): Promise<SafeResult<UnassignTaskUserResult, UnassignTaskUserError>>;
