import type { DeleteTaskDueDateErrorBodies, DeleteTaskDueDateInput, DeleteTaskDueDateResult } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of deleteTaskDueDate (DELETE /tasks/{taskId}/due-date); requests are always checked strictly. */
export declare const deleteTaskDueDateRequest: Validator<DeleteTaskDueDateInput>;
/** Validates the 200 response body of deleteTaskDueDate (DELETE /tasks/{taskId}/due-date). */
export declare const deleteTaskDueDateResponse200: Validator<DeleteTaskDueDateResult>;
/** Validates the 400 response body of deleteTaskDueDate (DELETE /tasks/{taskId}/due-date). */
export declare const deleteTaskDueDateResponse400: Validator<DeleteTaskDueDateErrorBodies[400]>;
/** Validates the 401 response body of deleteTaskDueDate (DELETE /tasks/{taskId}/due-date). */
export declare const deleteTaskDueDateResponse401: Validator<DeleteTaskDueDateErrorBodies[401]>;
/** Validates the 403 response body of deleteTaskDueDate (DELETE /tasks/{taskId}/due-date). */
export declare const deleteTaskDueDateResponse403: Validator<DeleteTaskDueDateErrorBodies[403]>;
/** Validates the 404 response body of deleteTaskDueDate (DELETE /tasks/{taskId}/due-date). */
export declare const deleteTaskDueDateResponse404: Validator<DeleteTaskDueDateErrorBodies[404]>;
/** Validates the 500 response body of deleteTaskDueDate (DELETE /tasks/{taskId}/due-date). */
export declare const deleteTaskDueDateResponse500: Validator<DeleteTaskDueDateErrorBodies[500]>;
/** Response body validators of deleteTaskDueDate by status; absent statuses have no documented body. */
export declare const deleteTaskDueDateResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<DeleteTaskDueDateResult>;
    readonly 400: Validator<DeleteTaskDueDateErrorBodies[400]>;
    readonly 401: Validator<DeleteTaskDueDateErrorBodies[401]>;
    readonly 403: Validator<DeleteTaskDueDateErrorBodies[403]>;
    readonly 404: Validator<DeleteTaskDueDateErrorBodies[404]>;
    readonly 500: Validator<DeleteTaskDueDateErrorBodies[500]>;
};
/** The bare checks the client runs for deleteTaskDueDate: the input (strict) and the success bodies by status. */
export declare const deleteTaskDueDateChecks: OperationChecks;
