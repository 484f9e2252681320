import type { UnlinkTaskConversationErrorBodies, UnlinkTaskConversationInput, UnlinkTaskConversationResult } from "../models.cjs";
import type { OperationChecks, Validator } from "../runtime/validation.cjs";
/** Validates the input of unlinkTaskConversation (DELETE /tasks/{taskId}/conversations); requests are always checked strictly. */
export declare const unlinkTaskConversationRequest: Validator<UnlinkTaskConversationInput>;
/** Validates the 200 response body of unlinkTaskConversation (DELETE /tasks/{taskId}/conversations). */
export declare const unlinkTaskConversationResponse200: Validator<UnlinkTaskConversationResult>;
/** Validates the 400 response body of unlinkTaskConversation (DELETE /tasks/{taskId}/conversations). */
export declare const unlinkTaskConversationResponse400: Validator<UnlinkTaskConversationErrorBodies[400]>;
/** Validates the 401 response body of unlinkTaskConversation (DELETE /tasks/{taskId}/conversations). */
export declare const unlinkTaskConversationResponse401: Validator<UnlinkTaskConversationErrorBodies[401]>;
/** Validates the 403 response body of unlinkTaskConversation (DELETE /tasks/{taskId}/conversations). */
export declare const unlinkTaskConversationResponse403: Validator<UnlinkTaskConversationErrorBodies[403]>;
/** Validates the 404 response body of unlinkTaskConversation (DELETE /tasks/{taskId}/conversations). */
export declare const unlinkTaskConversationResponse404: Validator<UnlinkTaskConversationErrorBodies[404]>;
/** Validates the 500 response body of unlinkTaskConversation (DELETE /tasks/{taskId}/conversations). */
export declare const unlinkTaskConversationResponse500: Validator<UnlinkTaskConversationErrorBodies[500]>;
/** Response body validators of unlinkTaskConversation by status; absent statuses have no documented body. */
export declare const unlinkTaskConversationResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<UnlinkTaskConversationResult>;
    readonly 400: Validator<UnlinkTaskConversationErrorBodies[400]>;
    readonly 401: Validator<UnlinkTaskConversationErrorBodies[401]>;
    readonly 403: Validator<UnlinkTaskConversationErrorBodies[403]>;
    readonly 404: Validator<UnlinkTaskConversationErrorBodies[404]>;
    readonly 500: Validator<UnlinkTaskConversationErrorBodies[500]>;
};
/** The bare checks the client runs for unlinkTaskConversation: the input (strict) and the success bodies by status. */
export declare const unlinkTaskConversationChecks: OperationChecks;
