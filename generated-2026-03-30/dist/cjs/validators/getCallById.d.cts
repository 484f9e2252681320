import type { GetCallByIdErrorBodies, GetCallByIdInput, GetCallByIdResult } from "../models.cjs";
import type { OperationChecks, Validator } from "../runtime/validation.cjs";
/** Validates the input of getCallById (GET /calls/{callId}); requests are always checked strictly. */
export declare const getCallByIdRequest: Validator<GetCallByIdInput>;
/** Validates the 200 response body of getCallById (GET /calls/{callId}). */
export declare const getCallByIdResponse200: Validator<GetCallByIdResult>;
/** Validates the 400 response body of getCallById (GET /calls/{callId}). */
export declare const getCallByIdResponse400: Validator<GetCallByIdErrorBodies[400]>;
/** Validates the 401 response body of getCallById (GET /calls/{callId}). */
export declare const getCallByIdResponse401: Validator<GetCallByIdErrorBodies[401]>;
/** Validates the 403 response body of getCallById (GET /calls/{callId}). */
export declare const getCallByIdResponse403: Validator<GetCallByIdErrorBodies[403]>;
/** Validates the 404 response body of getCallById (GET /calls/{callId}). */
export declare const getCallByIdResponse404: Validator<GetCallByIdErrorBodies[404]>;
/** Validates the 500 response body of getCallById (GET /calls/{callId}). */
export declare const getCallByIdResponse500: Validator<GetCallByIdErrorBodies[500]>;
/** Response body validators of getCallById by status; absent statuses have no documented body. */
export declare const getCallByIdResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<GetCallByIdResult>;
    readonly 400: Validator<GetCallByIdErrorBodies[400]>;
    readonly 401: Validator<GetCallByIdErrorBodies[401]>;
    readonly 403: Validator<GetCallByIdErrorBodies[403]>;
    readonly 404: Validator<GetCallByIdErrorBodies[404]>;
    readonly 500: Validator<GetCallByIdErrorBodies[500]>;
};
/** The bare checks the client runs for getCallById: the input (strict) and the success bodies by status. */
export declare const getCallByIdChecks: OperationChecks;
