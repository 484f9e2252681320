import type { GetOrganizationErrorBodies, GetOrganizationInput, GetOrganizationResult } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of getOrganization (GET /organization); requests are always checked strictly. */
export declare const getOrganizationRequest: Validator<GetOrganizationInput>;
/** Validates the 200 response body of getOrganization (GET /organization). */
export declare const getOrganizationResponse200: Validator<GetOrganizationResult>;
/** Validates the 401 response body of getOrganization (GET /organization). */
export declare const getOrganizationResponse401: Validator<GetOrganizationErrorBodies[401]>;
/** Validates the 500 response body of getOrganization (GET /organization). */
export declare const getOrganizationResponse500: Validator<GetOrganizationErrorBodies[500]>;
/** Response body validators of getOrganization by status; absent statuses have no documented body. */
export declare const getOrganizationResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<GetOrganizationResult>;
    readonly 401: Validator<GetOrganizationErrorBodies[401]>;
    readonly 500: Validator<GetOrganizationErrorBodies[500]>;
};
/** The bare checks the client runs for getOrganization: the input (strict) and the success bodies by status. */
export declare const getOrganizationChecks: OperationChecks;
