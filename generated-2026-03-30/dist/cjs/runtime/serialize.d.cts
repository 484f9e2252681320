/**
 * Input object → URL, headers and JSON body, following the operation's descriptor.
 * Path values go through encodeURIComponent; query strings through URLSearchParams, which
 * percent-encodes "+" (E.164 numbers such as +15555550100 must travel as %2B15555550100).
 * A path value must be one whole segment: "", "." and ".." are refused, because the URL
 * parser would drop them (`DELETE /v1/contacts/..` becomes `DELETE /v1/`).
 * Objects built here have no prototype, so input keys such as "constructor" or "__proto__"
 * are data like any other.
 */
import type { ValidationIssue } from "./issues.cjs";
import type { OperationDescriptor } from "./types.cjs";
export interface SerializedRequest {
    url: string;
    headers: Record<string, string>;
    /** JSON text, when the operation has a body. */
    body?: string;
}
/** Returns the request, or the issues that stop it from being sent (a missing path value). */
export declare function serializeRequest(baseUrl: string, descriptor: OperationDescriptor, input: Record<string, unknown> | undefined): SerializedRequest | ValidationIssue[];
