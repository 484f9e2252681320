import type { CreateTaskErrorBodies, CreateTaskInput, CreateTaskResult } from "../models.cjs";
import type { OperationChecks, Validator } from "../runtime/validation.cjs";
/** Validates the input of createTask (POST /tasks); requests are always checked strictly. */
export declare const createTaskRequest: Validator<CreateTaskInput>;
/** Validates the 201 response body of createTask (POST /tasks). */
export declare const createTaskResponse201: Validator<CreateTaskResult>;
/** Validates the 400 response body of createTask (POST /tasks). */
export declare const createTaskResponse400: Validator<CreateTaskErrorBodies[400]>;
/** Validates the 401 response body of createTask (POST /tasks). */
export declare const createTaskResponse401: Validator<CreateTaskErrorBodies[401]>;
/** Validates the 403 response body of createTask (POST /tasks). */
export declare const createTaskResponse403: Validator<CreateTaskErrorBodies[403]>;
/** Validates the 404 response body of createTask (POST /tasks). */
export declare const createTaskResponse404: Validator<CreateTaskErrorBodies[404]>;
/** Validates the 500 response body of createTask (POST /tasks). */
export declare const createTaskResponse500: Validator<CreateTaskErrorBodies[500]>;
/** Response body validators of createTask by status; absent statuses have no documented body. */
export declare const createTaskResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 201: Validator<CreateTaskResult>;
    readonly 400: Validator<CreateTaskErrorBodies[400]>;
    readonly 401: Validator<CreateTaskErrorBodies[401]>;
    readonly 403: Validator<CreateTaskErrorBodies[403]>;
    readonly 404: Validator<CreateTaskErrorBodies[404]>;
    readonly 500: Validator<CreateTaskErrorBodies[500]>;
};
/** The bare checks the client runs for createTask: the input (strict) and the success bodies by status. */
export declare const createTaskChecks: OperationChecks;
