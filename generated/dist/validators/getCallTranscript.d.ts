import type { GetCallTranscriptErrorBodies, GetCallTranscriptInput, GetCallTranscriptResult } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of getCallTranscript (GET /v1/call-transcripts/{id}); requests are always checked strictly. */
export declare const getCallTranscriptRequest: Validator<GetCallTranscriptInput>;
/** Validates the 200 response body of getCallTranscript (GET /v1/call-transcripts/{id}). */
export declare const getCallTranscriptResponse200: Validator<GetCallTranscriptResult>;
/** Validates the 400 response body of getCallTranscript (GET /v1/call-transcripts/{id}). */
export declare const getCallTranscriptResponse400: Validator<GetCallTranscriptErrorBodies[400]>;
/** Validates the 401 response body of getCallTranscript (GET /v1/call-transcripts/{id}). */
export declare const getCallTranscriptResponse401: Validator<GetCallTranscriptErrorBodies[401]>;
/** Validates the 403 response body of getCallTranscript (GET /v1/call-transcripts/{id}). */
export declare const getCallTranscriptResponse403: Validator<GetCallTranscriptErrorBodies[403]>;
/** Validates the 404 response body of getCallTranscript (GET /v1/call-transcripts/{id}). */
export declare const getCallTranscriptResponse404: Validator<GetCallTranscriptErrorBodies[404]>;
/** Validates the 500 response body of getCallTranscript (GET /v1/call-transcripts/{id}). */
export declare const getCallTranscriptResponse500: Validator<GetCallTranscriptErrorBodies[500]>;
/** Response body validators of getCallTranscript by status; absent statuses have no documented body. */
export declare const getCallTranscriptResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<GetCallTranscriptResult>;
    readonly 400: Validator<GetCallTranscriptErrorBodies[400]>;
    readonly 401: Validator<GetCallTranscriptErrorBodies[401]>;
    readonly 403: Validator<GetCallTranscriptErrorBodies[403]>;
    readonly 404: Validator<GetCallTranscriptErrorBodies[404]>;
    readonly 500: Validator<GetCallTranscriptErrorBodies[500]>;
};
/** The bare checks the client runs for getCallTranscript: the input (strict) and the success bodies by status. */
export declare const getCallTranscriptChecks: OperationChecks;
