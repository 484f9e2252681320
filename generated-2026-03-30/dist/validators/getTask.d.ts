import type { GetTaskErrorBodies, GetTaskInput, GetTaskResult } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of getTask (GET /tasks/{taskId}); requests are always checked strictly. */
export declare const getTaskRequest: Validator<GetTaskInput>;
/** Validates the 200 response body of getTask (GET /tasks/{taskId}). */
export declare const getTaskResponse200: Validator<GetTaskResult>;
/** Validates the 400 response body of getTask (GET /tasks/{taskId}). */
export declare const getTaskResponse400: Validator<GetTaskErrorBodies[400]>;
/** Validates the 401 response body of getTask (GET /tasks/{taskId}). */
export declare const getTaskResponse401: Validator<GetTaskErrorBodies[401]>;
/** Validates the 403 response body of getTask (GET /tasks/{taskId}). */
export declare const getTaskResponse403: Validator<GetTaskErrorBodies[403]>;
/** Validates the 404 response body of getTask (GET /tasks/{taskId}). */
export declare const getTaskResponse404: Validator<GetTaskErrorBodies[404]>;
/** Validates the 500 response body of getTask (GET /tasks/{taskId}). */
export declare const getTaskResponse500: Validator<GetTaskErrorBodies[500]>;
/** Response body validators of getTask by status; absent statuses have no documented body. */
export declare const getTaskResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<GetTaskResult>;
    readonly 400: Validator<GetTaskErrorBodies[400]>;
    readonly 401: Validator<GetTaskErrorBodies[401]>;
    readonly 403: Validator<GetTaskErrorBodies[403]>;
    readonly 404: Validator<GetTaskErrorBodies[404]>;
    readonly 500: Validator<GetTaskErrorBodies[500]>;
};
/** The bare checks the client runs for getTask: the input (strict) and the success bodies by status. */
export declare const getTaskChecks: OperationChecks;
