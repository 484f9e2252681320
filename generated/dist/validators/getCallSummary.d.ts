import type { GetCallSummaryErrorBodies, GetCallSummaryInput, GetCallSummaryResult } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of getCallSummary (GET /v1/call-summaries/{callId}); requests are always checked strictly. */
export declare const getCallSummaryRequest: Validator<GetCallSummaryInput>;
/** Validates the 200 response body of getCallSummary (GET /v1/call-summaries/{callId}). */
export declare const getCallSummaryResponse200: Validator<GetCallSummaryResult>;
/** Validates the 400 response body of getCallSummary (GET /v1/call-summaries/{callId}). */
export declare const getCallSummaryResponse400: Validator<GetCallSummaryErrorBodies[400]>;
/** Validates the 401 response body of getCallSummary (GET /v1/call-summaries/{callId}). */
export declare const getCallSummaryResponse401: Validator<GetCallSummaryErrorBodies[401]>;
/** Validates the 403 response body of getCallSummary (GET /v1/call-summaries/{callId}). */
export declare const getCallSummaryResponse403: Validator<GetCallSummaryErrorBodies[403]>;
/** Validates the 404 response body of getCallSummary (GET /v1/call-summaries/{callId}). */
export declare const getCallSummaryResponse404: Validator<GetCallSummaryErrorBodies[404]>;
/** Validates the 500 response body of getCallSummary (GET /v1/call-summaries/{callId}). */
export declare const getCallSummaryResponse500: Validator<GetCallSummaryErrorBodies[500]>;
/** Response body validators of getCallSummary by status; absent statuses have no documented body. */
export declare const getCallSummaryResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<GetCallSummaryResult>;
    readonly 400: Validator<GetCallSummaryErrorBodies[400]>;
    readonly 401: Validator<GetCallSummaryErrorBodies[401]>;
    readonly 403: Validator<GetCallSummaryErrorBodies[403]>;
    readonly 404: Validator<GetCallSummaryErrorBodies[404]>;
    readonly 500: Validator<GetCallSummaryErrorBodies[500]>;
};
/** The bare checks the client runs for getCallSummary: the input (strict) and the success bodies by status. */
export declare const getCallSummaryChecks: OperationChecks;
