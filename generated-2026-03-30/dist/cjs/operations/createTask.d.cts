import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { CreateTaskErrorBodies, CreateTaskInput, CreateTaskResult } from "../models.cjs";
/** Every way `createTask` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type CreateTaskError = ApiError<400, string, CreateTaskErrorBodies[400]> | ApiError<401, string, CreateTaskErrorBodies[401]> | ApiError<403, string, CreateTaskErrorBodies[403]> | ApiError<404, string, CreateTaskErrorBodies[404]> | ApiError<500, string, CreateTaskErrorBodies[500]> | CommonError;
/**
 * Create task
 * Creates a task linked to a conversation.
 * `POST /tasks` (tasks.create)
 */
export declare function createTask(client: ClientCore, input: CreateTaskInput, options?: CallOptions): Promise<CreateTaskResult>;
/** Like `createTask`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function createTaskSafe(client: ClientCore, input: CreateTaskInput, options?: CallOptions): Promise<SafeResult<CreateTaskResult, CreateTaskError>>;
