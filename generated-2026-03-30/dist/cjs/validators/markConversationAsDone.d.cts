import type { MarkConversationAsDoneErrorBodies, MarkConversationAsDoneInput, MarkConversationAsDoneResult } from "../models.cjs";
import type { OperationChecks, Validator } from "../runtime/validation.cjs";
/** Validates the input of markConversationAsDone (POST /conversations/{conversationId}/mark-as-done); requests are always checked strictly. */
export declare const markConversationAsDoneRequest: Validator<MarkConversationAsDoneInput>;
/** Validates the 200 response body of markConversationAsDone (POST /conversations/{conversationId}/mark-as-done). */
export declare const markConversationAsDoneResponse200: Validator<MarkConversationAsDoneResult>;
/** Validates the 400 response body of markConversationAsDone (POST /conversations/{conversationId}/mark-as-done). */
export declare const markConversationAsDoneResponse400: Validator<MarkConversationAsDoneErrorBodies[400]>;
/** Validates the 401 response body of markConversationAsDone (POST /conversations/{conversationId}/mark-as-done). */
export declare const markConversationAsDoneResponse401: Validator<MarkConversationAsDoneErrorBodies[401]>;
/** Validates the 403 response body of markConversationAsDone (POST /conversations/{conversationId}/mark-as-done). */
export declare const markConversationAsDoneResponse403: Validator<MarkConversationAsDoneErrorBodies[403]>;
/** Validates the 404 response body of markConversationAsDone (POST /conversations/{conversationId}/mark-as-done). */
export declare const markConversationAsDoneResponse404: Validator<MarkConversationAsDoneErrorBodies[404]>;
/** Validates the 500 response body of markConversationAsDone (POST /conversations/{conversationId}/mark-as-done). */
export declare const markConversationAsDoneResponse500: Validator<MarkConversationAsDoneErrorBodies[500]>;
/** Response body validators of markConversationAsDone by status; absent statuses have no documented body. */
export declare const markConversationAsDoneResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<MarkConversationAsDoneResult>;
    readonly 400: Validator<MarkConversationAsDoneErrorBodies[400]>;
    readonly 401: Validator<MarkConversationAsDoneErrorBodies[401]>;
    readonly 403: Validator<MarkConversationAsDoneErrorBodies[403]>;
    readonly 404: Validator<MarkConversationAsDoneErrorBodies[404]>;
    readonly 500: Validator<MarkConversationAsDoneErrorBodies[500]>;
};
/** The bare checks the client runs for markConversationAsDone: the input (strict) and the success bodies by status. */
export declare const markConversationAsDoneChecks: OperationChecks;
