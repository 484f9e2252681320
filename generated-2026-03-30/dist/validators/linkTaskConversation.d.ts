import type { LinkTaskConversationErrorBodies, LinkTaskConversationInput, LinkTaskConversationResult } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of linkTaskConversation (POST /tasks/{taskId}/conversations); requests are always checked strictly. */
export declare const linkTaskConversationRequest: Validator<LinkTaskConversationInput>;
/** Validates the 200 response body of linkTaskConversation (POST /tasks/{taskId}/conversations). */
export declare const linkTaskConversationResponse200: Validator<LinkTaskConversationResult>;
/** Validates the 400 response body of linkTaskConversation (POST /tasks/{taskId}/conversations). */
export declare const linkTaskConversationResponse400: Validator<LinkTaskConversationErrorBodies[400]>;
/** Validates the 401 response body of linkTaskConversation (POST /tasks/{taskId}/conversations). */
export declare const linkTaskConversationResponse401: Validator<LinkTaskConversationErrorBodies[401]>;
/** Validates the 403 response body of linkTaskConversation (POST /tasks/{taskId}/conversations). */
export declare const linkTaskConversationResponse403: Validator<LinkTaskConversationErrorBodies[403]>;
/** Validates the 404 response body of linkTaskConversation (POST /tasks/{taskId}/conversations). */
export declare const linkTaskConversationResponse404: Validator<LinkTaskConversationErrorBodies[404]>;
/** Validates the 500 response body of linkTaskConversation (POST /tasks/{taskId}/conversations). */
export declare const linkTaskConversationResponse500: Validator<LinkTaskConversationErrorBodies[500]>;
/** Response body validators of linkTaskConversation by status; absent statuses have no documented body. */
export declare const linkTaskConversationResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<LinkTaskConversationResult>;
    readonly 400: Validator<LinkTaskConversationErrorBodies[400]>;
    readonly 401: Validator<LinkTaskConversationErrorBodies[401]>;
    readonly 403: Validator<LinkTaskConversationErrorBodies[403]>;
    readonly 404: Validator<LinkTaskConversationErrorBodies[404]>;
    readonly 500: Validator<LinkTaskConversationErrorBodies[500]>;
};
/** The bare checks the client runs for linkTaskConversation: the input (strict) and the success bodies by status. */
export declare const linkTaskConversationChecks: OperationChecks;
