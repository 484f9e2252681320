import type { ListConversationsHeaderVersionedErrorBodies, ListConversationsHeaderVersionedInput, ListConversationsHeaderVersionedResult } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of listConversationsHeaderVersioned (GET /conversations); requests are always checked strictly. */
export declare const listConversationsHeaderVersionedRequest: Validator<ListConversationsHeaderVersionedInput>;
/** Validates the 200 response body of listConversationsHeaderVersioned (GET /conversations). */
export declare const listConversationsHeaderVersionedResponse200: Validator<ListConversationsHeaderVersionedResult>;
/** Validates the 400 response body of listConversationsHeaderVersioned (GET /conversations). */
export declare const listConversationsHeaderVersionedResponse400: Validator<ListConversationsHeaderVersionedErrorBodies[400]>;
/** Validates the 401 response body of listConversationsHeaderVersioned (GET /conversations). */
export declare const listConversationsHeaderVersionedResponse401: Validator<ListConversationsHeaderVersionedErrorBodies[401]>;
/** Validates the 403 response body of listConversationsHeaderVersioned (GET /conversations). */
export declare const listConversationsHeaderVersionedResponse403: Validator<ListConversationsHeaderVersionedErrorBodies[403]>;
/** Validates the 404 response body of listConversationsHeaderVersioned (GET /conversations). */
export declare const listConversationsHeaderVersionedResponse404: Validator<ListConversationsHeaderVersionedErrorBodies[404]>;
/** Validates the 500 response body of listConversationsHeaderVersioned (GET /conversations). */
export declare const listConversationsHeaderVersionedResponse500: Validator<ListConversationsHeaderVersionedErrorBodies[500]>;
/** Response body validators of listConversationsHeaderVersioned by status; absent statuses have no documented body. */
export declare const listConversationsHeaderVersionedResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<ListConversationsHeaderVersionedResult>;
    readonly 400: Validator<ListConversationsHeaderVersionedErrorBodies[400]>;
    readonly 401: Validator<ListConversationsHeaderVersionedErrorBodies[401]>;
    readonly 403: Validator<ListConversationsHeaderVersionedErrorBodies[403]>;
    readonly 404: Validator<ListConversationsHeaderVersionedErrorBodies[404]>;
    readonly 500: Validator<ListConversationsHeaderVersionedErrorBodies[500]>;
};
/** The bare checks the client runs for listConversationsHeaderVersioned: the input (strict) and the success bodies by status. */
export declare const listConversationsHeaderVersionedChecks: OperationChecks;
