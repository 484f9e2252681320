import type { GetCallRecordingsErrorBodies, GetCallRecordingsInput, GetCallRecordingsResult } from "../models.cjs";
import type { OperationChecks, Validator } from "../runtime/validation.cjs";
/** Validates the input of getCallRecordings (GET /calls/{callId}/recordings); requests are always checked strictly. */
export declare const getCallRecordingsRequest: Validator<GetCallRecordingsInput>;
/** Validates the 200 response body of getCallRecordings (GET /calls/{callId}/recordings). */
export declare const getCallRecordingsResponse200: Validator<GetCallRecordingsResult>;
/** Validates the 400 response body of getCallRecordings (GET /calls/{callId}/recordings). */
export declare const getCallRecordingsResponse400: Validator<GetCallRecordingsErrorBodies[400]>;
/** Validates the 401 response body of getCallRecordings (GET /calls/{callId}/recordings). */
export declare const getCallRecordingsResponse401: Validator<GetCallRecordingsErrorBodies[401]>;
/** Validates the 403 response body of getCallRecordings (GET /calls/{callId}/recordings). */
export declare const getCallRecordingsResponse403: Validator<GetCallRecordingsErrorBodies[403]>;
/** Validates the 404 response body of getCallRecordings (GET /calls/{callId}/recordings). */
export declare const getCallRecordingsResponse404: Validator<GetCallRecordingsErrorBodies[404]>;
/** Validates the 500 response body of getCallRecordings (GET /calls/{callId}/recordings). */
export declare const getCallRecordingsResponse500: Validator<GetCallRecordingsErrorBodies[500]>;
/** Response body validators of getCallRecordings by status; absent statuses have no documented body. */
export declare const getCallRecordingsResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<GetCallRecordingsResult>;
    readonly 400: Validator<GetCallRecordingsErrorBodies[400]>;
    readonly 401: Validator<GetCallRecordingsErrorBodies[401]>;
    readonly 403: Validator<GetCallRecordingsErrorBodies[403]>;
    readonly 404: Validator<GetCallRecordingsErrorBodies[404]>;
    readonly 500: Validator<GetCallRecordingsErrorBodies[500]>;
};
/** The bare checks the client runs for getCallRecordings: the input (strict) and the success bodies by status. */
export declare const getCallRecordingsChecks: OperationChecks;
