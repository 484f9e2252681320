import type { UpdateTaskDueDateErrorBodies, UpdateTaskDueDateInput, UpdateTaskDueDateResult } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of updateTaskDueDate (PATCH /tasks/{taskId}/due-date); requests are always checked strictly. */
export declare const updateTaskDueDateRequest: Validator<UpdateTaskDueDateInput>;
/** Validates the 200 response body of updateTaskDueDate (PATCH /tasks/{taskId}/due-date). */
export declare const updateTaskDueDateResponse200: Validator<UpdateTaskDueDateResult>;
/** Validates the 400 response body of updateTaskDueDate (PATCH /tasks/{taskId}/due-date). */
export declare const updateTaskDueDateResponse400: Validator<UpdateTaskDueDateErrorBodies[400]>;
/** Validates the 401 response body of updateTaskDueDate (PATCH /tasks/{taskId}/due-date). */
export declare const updateTaskDueDateResponse401: Validator<UpdateTaskDueDateErrorBodies[401]>;
/** Validates the 403 response body of updateTaskDueDate (PATCH /tasks/{taskId}/due-date). */
export declare const updateTaskDueDateResponse403: Validator<UpdateTaskDueDateErrorBodies[403]>;
/** Validates the 404 response body of updateTaskDueDate (PATCH /tasks/{taskId}/due-date). */
export declare const updateTaskDueDateResponse404: Validator<UpdateTaskDueDateErrorBodies[404]>;
/** Validates the 500 response body of updateTaskDueDate (PATCH /tasks/{taskId}/due-date). */
export declare const updateTaskDueDateResponse500: Validator<UpdateTaskDueDateErrorBodies[500]>;
/** Response body validators of updateTaskDueDate by status; absent statuses have no documented body. */
export declare const updateTaskDueDateResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<UpdateTaskDueDateResult>;
    readonly 400: Validator<UpdateTaskDueDateErrorBodies[400]>;
    readonly 401: Validator<UpdateTaskDueDateErrorBodies[401]>;
    readonly 403: Validator<UpdateTaskDueDateErrorBodies[403]>;
    readonly 404: Validator<UpdateTaskDueDateErrorBodies[404]>;
    readonly 500: Validator<UpdateTaskDueDateErrorBodies[500]>;
};
/** The bare checks the client runs for updateTaskDueDate: the input (strict) and the success bodies by status. */
export declare const updateTaskDueDateChecks: OperationChecks;
