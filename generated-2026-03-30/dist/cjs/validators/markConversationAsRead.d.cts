import type { MarkConversationAsReadErrorBodies, MarkConversationAsReadInput, MarkConversationAsReadResult } from "../models.cjs";
import type { OperationChecks, Validator } from "../runtime/validation.cjs";
/** Validates the input of markConversationAsRead (POST /conversations/{conversationId}/mark-as-read); requests are always checked strictly. */
export declare const markConversationAsReadRequest: Validator<MarkConversationAsReadInput>;
/** Validates the 200 response body of markConversationAsRead (POST /conversations/{conversationId}/mark-as-read). */
export declare const markConversationAsReadResponse200: Validator<MarkConversationAsReadResult>;
/** Validates the 400 response body of markConversationAsRead (POST /conversations/{conversationId}/mark-as-read). */
export declare const markConversationAsReadResponse400: Validator<MarkConversationAsReadErrorBodies[400]>;
/** Validates the 401 response body of markConversationAsRead (POST /conversations/{conversationId}/mark-as-read). */
export declare const markConversationAsReadResponse401: Validator<MarkConversationAsReadErrorBodies[401]>;
/** Validates the 403 response body of markConversationAsRead (POST /conversations/{conversationId}/mark-as-read). */
export declare const markConversationAsReadResponse403: Validator<MarkConversationAsReadErrorBodies[403]>;
/** Validates the 404 response body of markConversationAsRead (POST /conversations/{conversationId}/mark-as-read). */
export declare const markConversationAsReadResponse404: Validator<MarkConversationAsReadErrorBodies[404]>;
/** Validates the 500 response body of markConversationAsRead (POST /conversations/{conversationId}/mark-as-read). */
export declare const markConversationAsReadResponse500: Validator<MarkConversationAsReadErrorBodies[500]>;
/** Response body validators of markConversationAsRead by status; absent statuses have no documented body. */
export declare const markConversationAsReadResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<MarkConversationAsReadResult>;
    readonly 400: Validator<MarkConversationAsReadErrorBodies[400]>;
    readonly 401: Validator<MarkConversationAsReadErrorBodies[401]>;
    readonly 403: Validator<MarkConversationAsReadErrorBodies[403]>;
    readonly 404: Validator<MarkConversationAsReadErrorBodies[404]>;
    readonly 500: Validator<MarkConversationAsReadErrorBodies[500]>;
};
/** The bare checks the client runs for markConversationAsRead: the input (strict) and the success bodies by status. */
export declare const markConversationAsReadChecks: OperationChecks;
