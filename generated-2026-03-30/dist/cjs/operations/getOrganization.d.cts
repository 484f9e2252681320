import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { GetOrganizationErrorBodies, GetOrganizationInput, GetOrganizationResult } from "../models.cjs";
/** Every way `getOrganization` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type GetOrganizationError = ApiError<401, string, GetOrganizationErrorBodies[401]> | ApiError<500, string, GetOrganizationErrorBodies[500]> | CommonError;
/**
 * Get the organization
 * Returns the workspace behind the API key.
 * `GET /organization` (getOrganization)
 */
export declare function getOrganization(client: ClientCore, input?: GetOrganizationInput, options?: CallOptions): Promise<GetOrganizationResult>;
/** Like `getOrganization`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function getOrganizationSafe(client: ClientCore, input?: GetOrganizationInput, options?: CallOptions): Promise<SafeResult<GetOrganizationResult, GetOrganizationError>>;
