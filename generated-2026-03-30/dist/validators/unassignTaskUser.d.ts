import type { UnassignTaskUserErrorBodies, UnassignTaskUserInput, UnassignTaskUserResult } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of unassignTaskUser (DELETE /tasks/{taskId}/users); requests are always checked strictly. */
export declare const unassignTaskUserRequest: Validator<UnassignTaskUserInput>;
/** Validates the 200 response body of unassignTaskUser (DELETE /tasks/{taskId}/users). */
export declare const unassignTaskUserResponse200: Validator<UnassignTaskUserResult>;
/** Validates the 400 response body of unassignTaskUser (DELETE /tasks/{taskId}/users). */
export declare const unassignTaskUserResponse400: Validator<UnassignTaskUserErrorBodies[400]>;
/** Validates the 401 response body of unassignTaskUser (DELETE /tasks/{taskId}/users). */
export declare const unassignTaskUserResponse401: Validator<UnassignTaskUserErrorBodies[401]>;
/** Validates the 403 response body of unassignTaskUser (DELETE /tasks/{taskId}/users). */
export declare const unassignTaskUserResponse403: Validator<UnassignTaskUserErrorBodies[403]>;
/** Validates the 404 response body of unassignTaskUser (DELETE /tasks/{taskId}/users). */
export declare const unassignTaskUserResponse404: Validator<UnassignTaskUserErrorBodies[404]>;
/** Validates the 500 response body of unassignTaskUser (DELETE /tasks/{taskId}/users). */
export declare const unassignTaskUserResponse500: Validator<UnassignTaskUserErrorBodies[500]>;
/** Response body validators of unassignTaskUser by status; absent statuses have no documented body. */
export declare const unassignTaskUserResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<UnassignTaskUserResult>;
    readonly 400: Validator<UnassignTaskUserErrorBodies[400]>;
    readonly 401: Validator<UnassignTaskUserErrorBodies[401]>;
    readonly 403: Validator<UnassignTaskUserErrorBodies[403]>;
    readonly 404: Validator<UnassignTaskUserErrorBodies[404]>;
    readonly 500: Validator<UnassignTaskUserErrorBodies[500]>;
};
/** The bare checks the client runs for unassignTaskUser: the input (strict) and the success bodies by status. */
export declare const unassignTaskUserChecks: OperationChecks;
