import type { MarkConversationAsOpenErrorBodies, MarkConversationAsOpenInput, MarkConversationAsOpenResult } from "../models.cjs";
import type { OperationChecks, Validator } from "../runtime/validation.cjs";
/** Validates the input of markConversationAsOpen (POST /conversations/{conversationId}/mark-as-open); requests are always checked strictly. */
export declare const markConversationAsOpenRequest: Validator<MarkConversationAsOpenInput>;
/** Validates the 200 response body of markConversationAsOpen (POST /conversations/{conversationId}/mark-as-open). */
export declare const markConversationAsOpenResponse200: Validator<MarkConversationAsOpenResult>;
/** Validates the 400 response body of markConversationAsOpen (POST /conversations/{conversationId}/mark-as-open). */
export declare const markConversationAsOpenResponse400: Validator<MarkConversationAsOpenErrorBodies[400]>;
/** Validates the 401 response body of markConversationAsOpen (POST /conversations/{conversationId}/mark-as-open). */
export declare const markConversationAsOpenResponse401: Validator<MarkConversationAsOpenErrorBodies[401]>;
/** Validates the 403 response body of markConversationAsOpen (POST /conversations/{conversationId}/mark-as-open). */
export declare const markConversationAsOpenResponse403: Validator<MarkConversationAsOpenErrorBodies[403]>;
/** Validates the 404 response body of markConversationAsOpen (POST /conversations/{conversationId}/mark-as-open). */
export declare const markConversationAsOpenResponse404: Validator<MarkConversationAsOpenErrorBodies[404]>;
/** Validates the 500 response body of markConversationAsOpen (POST /conversations/{conversationId}/mark-as-open). */
export declare const markConversationAsOpenResponse500: Validator<MarkConversationAsOpenErrorBodies[500]>;
/** Response body validators of markConversationAsOpen by status; absent statuses have no documented body. */
export declare const markConversationAsOpenResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<MarkConversationAsOpenResult>;
    readonly 400: Validator<MarkConversationAsOpenErrorBodies[400]>;
    readonly 401: Validator<MarkConversationAsOpenErrorBodies[401]>;
    readonly 403: Validator<MarkConversationAsOpenErrorBodies[403]>;
    readonly 404: Validator<MarkConversationAsOpenErrorBodies[404]>;
    readonly 500: Validator<MarkConversationAsOpenErrorBodies[500]>;
};
/** The bare checks the client runs for markConversationAsOpen: the input (strict) and the success bodies by status. */
export declare const markConversationAsOpenChecks: OperationChecks;
