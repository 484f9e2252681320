import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { ListTasksErrorBodies, ListTasksInput, ListTasksResult } from "../models.cjs";
/** Every way `listTasks` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type ListTasksError = ApiError<400, string, ListTasksErrorBodies[400]> | ApiError<401, string, ListTasksErrorBodies[401]> | ApiError<403, string, ListTasksErrorBodies[403]> | ApiError<404, string, ListTasksErrorBodies[404]> | ApiError<500, string, ListTasksErrorBodies[500]> | CommonError;
/** The largest page size this endpoint accepts; `paginate` asks for it when the caller gives none. */
export declare const listTasksMaxPageSize = 100;
/**
 * List tasks
 * Lists the workspace's tasks.
 * `GET /tasks` (tasks.list)
 */
export declare function listTasks(client: ClientCore, input?: ListTasksInput, options?: CallOptions): Promise<ListTasksResult>;
/** Like `listTasks`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function listTasksSafe(client: ClientCore, input?: ListTasksInput, options?: CallOptions): Promise<SafeResult<ListTasksResult, ListTasksError>>;
