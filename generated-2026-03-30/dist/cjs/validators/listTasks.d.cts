import type { ListTasksErrorBodies, ListTasksInput, ListTasksResult } from "../models.cjs";
import type { OperationChecks, Validator } from "../runtime/validation.cjs";
/** Validates the input of listTasks (GET /tasks); requests are always checked strictly. */
export declare const listTasksRequest: Validator<ListTasksInput>;
/** Validates the 200 response body of listTasks (GET /tasks). */
export declare const listTasksResponse200: Validator<ListTasksResult>;
/** Validates the 400 response body of listTasks (GET /tasks). */
export declare const listTasksResponse400: Validator<ListTasksErrorBodies[400]>;
/** Validates the 401 response body of listTasks (GET /tasks). */
export declare const listTasksResponse401: Validator<ListTasksErrorBodies[401]>;
/** Validates the 403 response body of listTasks (GET /tasks). */
export declare const listTasksResponse403: Validator<ListTasksErrorBodies[403]>;
/** Validates the 404 response body of listTasks (GET /tasks). */
export declare const listTasksResponse404: Validator<ListTasksErrorBodies[404]>;
/** Validates the 500 response body of listTasks (GET /tasks). */
export declare const listTasksResponse500: Validator<ListTasksErrorBodies[500]>;
/** Response body validators of listTasks by status; absent statuses have no documented body. */
export declare const listTasksResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<ListTasksResult>;
    readonly 400: Validator<ListTasksErrorBodies[400]>;
    readonly 401: Validator<ListTasksErrorBodies[401]>;
    readonly 403: Validator<ListTasksErrorBodies[403]>;
    readonly 404: Validator<ListTasksErrorBodies[404]>;
    readonly 500: Validator<ListTasksErrorBodies[500]>;
};
/** The bare checks the client runs for listTasks: the input (strict) and the success bodies by status. */
export declare const listTasksChecks: OperationChecks;
