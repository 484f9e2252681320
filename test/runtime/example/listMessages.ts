/**
 * What emit/client.ts is expected to write for one operation (src/operations/listMessages.ts),
 * written by hand against the runtime's call contract (see templates/runtime/README.md).
 * Imports are relative to the generated package in the real file; here they reach templates/.
 */
import type { ApiError, CommonError } from "../../../templates/runtime/errors.js";
import { type ClientCore, request, safe } from "../../../templates/runtime/http.js";
import type { CallOptions, OperationDescriptor, SafeResult } from "../../../templates/runtime/types.js";

// From models.ts in the real package.
export interface ListMessagesInput {
  phoneNumberId: string;
  participants: string[];
  maxResults: number;
  pageToken?: string;
  createdAfter?: string;
}
export interface ListMessagesResult {
  data: Array<{ id: string; text: string }>;
  totalItems: number;
  nextPageToken: string | null;
}

export type ListMessagesError = ApiError<400 | 401 | 402 | 403 | 404 | 500> | CommonError;

const listMessagesOperation: OperationDescriptor = {
  operationId: "listMessages_v1",
  method: "GET",
  path: "/v1/messages",
  query: ["createdAfter", "maxResults", "pageToken", "participants", "phoneNumberId"],
  explode: ["participants"],
  errors: [400, 401, 402, 403, 404, 500],
  // checks: listMessagesChecks  (from ../validators/listMessages.js)
};

/** GET /v1/messages. Resolves to the page, or throws a ListMessagesError. */
export function listMessages(client: ClientCore, input: ListMessagesInput, options?: CallOptions): Promise<ListMessagesResult> {
  return request<ListMessagesResult>(client, listMessagesOperation, input, options);
}

/** As listMessages, but resolves to `{ ok, data | error }` and never throws a ListMessagesError. */
export function listMessagesSafe(
  client: ClientCore,
  input: ListMessagesInput,
  options?: CallOptions,
): Promise<SafeResult<ListMessagesResult, ListMessagesError>> {
  return safe<ListMessagesResult, ListMessagesError>(client, listMessagesOperation, input, options);
}

/** The endpoint's largest maxResults (from the parameter's `maximum`), read by paginate/pages. */
export const listMessagesMaxPageSize = 100;
