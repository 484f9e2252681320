import type { GetCallTranscriptsErrorBodies, GetCallTranscriptsInput, GetCallTranscriptsResult } from "../models.cjs";
import type { OperationChecks, Validator } from "../runtime/validation.cjs";
/** Validates the input of getCallTranscripts (GET /calls/{callId}/transcripts); requests are always checked strictly. */
export declare const getCallTranscriptsRequest: Validator<GetCallTranscriptsInput>;
/** Validates the 200 response body of getCallTranscripts (GET /calls/{callId}/transcripts). */
export declare const getCallTranscriptsResponse200: Validator<GetCallTranscriptsResult>;
/** Validates the 400 response body of getCallTranscripts (GET /calls/{callId}/transcripts). */
export declare const getCallTranscriptsResponse400: Validator<GetCallTranscriptsErrorBodies[400]>;
/** Validates the 401 response body of getCallTranscripts (GET /calls/{callId}/transcripts). */
export declare const getCallTranscriptsResponse401: Validator<GetCallTranscriptsErrorBodies[401]>;
/** Validates the 403 response body of getCallTranscripts (GET /calls/{callId}/transcripts). */
export declare const getCallTranscriptsResponse403: Validator<GetCallTranscriptsErrorBodies[403]>;
/** Validates the 404 response body of getCallTranscripts (GET /calls/{callId}/transcripts). */
export declare const getCallTranscriptsResponse404: Validator<GetCallTranscriptsErrorBodies[404]>;
/** Validates the 500 response body of getCallTranscripts (GET /calls/{callId}/transcripts). */
export declare const getCallTranscriptsResponse500: Validator<GetCallTranscriptsErrorBodies[500]>;
/** Response body validators of getCallTranscripts by status; absent statuses have no documented body. */
export declare const getCallTranscriptsResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<GetCallTranscriptsResult>;
    readonly 400: Validator<GetCallTranscriptsErrorBodies[400]>;
    readonly 401: Validator<GetCallTranscriptsErrorBodies[401]>;
    readonly 403: Validator<GetCallTranscriptsErrorBodies[403]>;
    readonly 404: Validator<GetCallTranscriptsErrorBodies[404]>;
    readonly 500: Validator<GetCallTranscriptsErrorBodies[500]>;
};
/** The bare checks the client runs for getCallTranscripts: the input (strict) and the success bodies by status. */
export declare const getCallTranscriptsChecks: OperationChecks;
