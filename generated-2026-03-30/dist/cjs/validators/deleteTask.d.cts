import type { DeleteTaskErrorBodies, DeleteTaskInput } from "../models.cjs";
import type { OperationChecks, Validator } from "../runtime/validation.cjs";
/** Validates the input of deleteTask (DELETE /tasks/{taskId}); requests are always checked strictly. */
export declare const deleteTaskRequest: Validator<DeleteTaskInput>;
/** Validates the 400 response body of deleteTask (DELETE /tasks/{taskId}). */
export declare const deleteTaskResponse400: Validator<DeleteTaskErrorBodies[400]>;
/** Validates the 401 response body of deleteTask (DELETE /tasks/{taskId}). */
export declare const deleteTaskResponse401: Validator<DeleteTaskErrorBodies[401]>;
/** Validates the 403 response body of deleteTask (DELETE /tasks/{taskId}). */
export declare const deleteTaskResponse403: Validator<DeleteTaskErrorBodies[403]>;
/** Validates the 404 response body of deleteTask (DELETE /tasks/{taskId}). */
export declare const deleteTaskResponse404: Validator<DeleteTaskErrorBodies[404]>;
/** Validates the 500 response body of deleteTask (DELETE /tasks/{taskId}). */
export declare const deleteTaskResponse500: Validator<DeleteTaskErrorBodies[500]>;
/** Response body validators of deleteTask by status; absent statuses have no documented body. */
export declare const deleteTaskResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 400: Validator<DeleteTaskErrorBodies[400]>;
    readonly 401: Validator<DeleteTaskErrorBodies[401]>;
    readonly 403: Validator<DeleteTaskErrorBodies[403]>;
    readonly 404: Validator<DeleteTaskErrorBodies[404]>;
    readonly 500: Validator<DeleteTaskErrorBodies[500]>;
};
/** The bare checks the client runs for deleteTask: the input (strict) and the success bodies by status. */
export declare const deleteTaskChecks: OperationChecks;
