import type { AssignTaskUserErrorBodies, AssignTaskUserInput, AssignTaskUserResult } from "../models.cjs";
import type { OperationChecks, Validator } from "../runtime/validation.cjs";
/** Validates the input of assignTaskUser (POST /tasks/{taskId}/users); requests are always checked strictly. */
export declare const assignTaskUserRequest: Validator<AssignTaskUserInput>;
/** Validates the 200 response body of assignTaskUser (POST /tasks/{taskId}/users). */
export declare const assignTaskUserResponse200: Validator<AssignTaskUserResult>;
/** Validates the 400 response body of assignTaskUser (POST /tasks/{taskId}/users). */
export declare const assignTaskUserResponse400: Validator<AssignTaskUserErrorBodies[400]>;
/** Validates the 401 response body of assignTaskUser (POST /tasks/{taskId}/users). */
export declare const assignTaskUserResponse401: Validator<AssignTaskUserErrorBodies[401]>;
/** Validates the 403 response body of assignTaskUser (POST /tasks/{taskId}/users). */
export declare const assignTaskUserResponse403: Validator<AssignTaskUserErrorBodies[403]>;
/** Validates the 404 response body of assignTaskUser (POST /tasks/{taskId}/users). */
export declare const assignTaskUserResponse404: Validator<AssignTaskUserErrorBodies[404]>;
/** Validates the 500 response body of assignTaskUser (POST /tasks/{taskId}/users). */
export declare const assignTaskUserResponse500: Validator<AssignTaskUserErrorBodies[500]>;
/** Response body validators of assignTaskUser by status; absent statuses have no documented body. */
export declare const assignTaskUserResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<AssignTaskUserResult>;
    readonly 400: Validator<AssignTaskUserErrorBodies[400]>;
    readonly 401: Validator<AssignTaskUserErrorBodies[401]>;
    readonly 403: Validator<AssignTaskUserErrorBodies[403]>;
    readonly 404: Validator<AssignTaskUserErrorBodies[404]>;
    readonly 500: Validator<AssignTaskUserErrorBodies[500]>;
};
/** The bare checks the client runs for assignTaskUser: the input (strict) and the success bodies by status. */
export declare const assignTaskUserChecks: OperationChecks;
