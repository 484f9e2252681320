import type { UpdateTaskStatusErrorBodies, UpdateTaskStatusInput, UpdateTaskStatusResult } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of updateTaskStatus (PATCH /tasks/{taskId}/status); requests are always checked strictly. */
export declare const updateTaskStatusRequest: Validator<UpdateTaskStatusInput>;
/** Validates the 200 response body of updateTaskStatus (PATCH /tasks/{taskId}/status). */
export declare const updateTaskStatusResponse200: Validator<UpdateTaskStatusResult>;
/** Validates the 400 response body of updateTaskStatus (PATCH /tasks/{taskId}/status). */
export declare const updateTaskStatusResponse400: Validator<UpdateTaskStatusErrorBodies[400]>;
/** Validates the 401 response body of updateTaskStatus (PATCH /tasks/{taskId}/status). */
export declare const updateTaskStatusResponse401: Validator<UpdateTaskStatusErrorBodies[401]>;
/** Validates the 403 response body of updateTaskStatus (PATCH /tasks/{taskId}/status). */
export declare const updateTaskStatusResponse403: Validator<UpdateTaskStatusErrorBodies[403]>;
/** Validates the 404 response body of updateTaskStatus (PATCH /tasks/{taskId}/status). */
export declare const updateTaskStatusResponse404: Validator<UpdateTaskStatusErrorBodies[404]>;
/** Validates the 500 response body of updateTaskStatus (PATCH /tasks/{taskId}/status). */
export declare const updateTaskStatusResponse500: Validator<UpdateTaskStatusErrorBodies[500]>;
/** Response body validators of updateTaskStatus by status; absent statuses have no documented body. */
export declare const updateTaskStatusResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<UpdateTaskStatusResult>;
    readonly 400: Validator<UpdateTaskStatusErrorBodies[400]>;
    readonly 401: Validator<UpdateTaskStatusErrorBodies[401]>;
    readonly 403: Validator<UpdateTaskStatusErrorBodies[403]>;
    readonly 404: Validator<UpdateTaskStatusErrorBodies[404]>;
    readonly 500: Validator<UpdateTaskStatusErrorBodies[500]>;
};
/** The bare checks the client runs for updateTaskStatus: the input (strict) and the success bodies by status. */
export declare const updateTaskStatusChecks: OperationChecks;
