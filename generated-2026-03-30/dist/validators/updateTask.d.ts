import type { UpdateTaskErrorBodies, UpdateTaskInput, UpdateTaskResult } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of updateTask (PATCH /tasks/{taskId}); requests are always checked strictly. */
export declare const updateTaskRequest: Validator<UpdateTaskInput>;
/** Validates the 200 response body of updateTask (PATCH /tasks/{taskId}). */
export declare const updateTaskResponse200: Validator<UpdateTaskResult>;
/** Validates the 400 response body of updateTask (PATCH /tasks/{taskId}). */
export declare const updateTaskResponse400: Validator<UpdateTaskErrorBodies[400]>;
/** Validates the 401 response body of updateTask (PATCH /tasks/{taskId}). */
export declare const updateTaskResponse401: Validator<UpdateTaskErrorBodies[401]>;
/** Validates the 403 response body of updateTask (PATCH /tasks/{taskId}). */
export declare const updateTaskResponse403: Validator<UpdateTaskErrorBodies[403]>;
/** Validates the 404 response body of updateTask (PATCH /tasks/{taskId}). */
export declare const updateTaskResponse404: Validator<UpdateTaskErrorBodies[404]>;
/** Validates the 500 response body of updateTask (PATCH /tasks/{taskId}). */
export declare const updateTaskResponse500: Validator<UpdateTaskErrorBodies[500]>;
/** Response body validators of updateTask by status; absent statuses have no documented body. */
export declare const updateTaskResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<UpdateTaskResult>;
    readonly 400: Validator<UpdateTaskErrorBodies[400]>;
    readonly 401: Validator<UpdateTaskErrorBodies[401]>;
    readonly 403: Validator<UpdateTaskErrorBodies[403]>;
    readonly 404: Validator<UpdateTaskErrorBodies[404]>;
    readonly 500: Validator<UpdateTaskErrorBodies[500]>;
};
/** The bare checks the client runs for updateTask: the input (strict) and the success bodies by status. */
export declare const updateTaskChecks: OperationChecks;
