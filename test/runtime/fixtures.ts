/**
 * Hand-written operation descriptors, shaped like what emit/client.ts will generate for the
 * OpenPhone operations they are named after, with small hand-written validators.
 */
import { type ClientCore, createClientCore } from "../../templates/runtime/http.js";
import type { ClientOptions, OperationDescriptor, ValidationIssue, ValidatorLike } from "../../templates/runtime/types.js";

export const API_KEY = "sk_live_SECRET_Key_9f8e7d";

const ERRORS = [400, 401, 403, 404, 500];

function issue(pointer: string, expected: string, found: string): ValidationIssue {
  return { pointer, expected, found, message: `${pointer || "(root)"}: expected ${expected}, found ${found}` };
}

/** Requests: an object whose listed keys are strings (a stand-in for a generated, strict request validator). */
function requireStrings(...keys: string[]): ValidatorLike {
  return {
    validate(value) {
      if (typeof value !== "object" || value === null) return { ok: false, issues: [issue("", "object", typeof value)] };
      const record = value as Record<string, unknown>;
      const issues = keys.filter((k) => typeof record[k] !== "string").map((k) => issue(`/${k}`, "string", typeof record[k]));
      return issues.length ? { ok: false, issues } : { ok: true, value };
    },
  };
}

/** Responses: `{ data: { id: string, status: "queued" | "sent" } }` with strict/compatible handling. */
export const messageResponse: ValidatorLike = {
  validate(value, options) {
    const data = (value as { data?: Record<string, unknown> } | undefined)?.data;
    if (typeof data !== "object" || data === null) return { ok: false, issues: [issue("/data", "object", typeof data)] };
    const issues: ValidationIssue[] = [];
    if (typeof data.id !== "string") issues.push(issue("/data/id", "string", typeof data.id));
    for (const key of Object.keys(data)) {
      if (key === "id" || key === "status") continue;
      if (options?.mode === "strict") issues.push(issue(`/data/${key}`, "no such property", typeof data[key]));
      else options?.onUnknown?.({ pointer: `/data/${key}`, kind: "property", value: data[key] });
    }
    return issues.length ? { ok: false, issues } : { ok: true, value };
  },
};

export const sendMessage: OperationDescriptor = {
  operationId: "sendMessage_v1",
  method: "POST",
  path: "/v1/messages",
  body: "flat",
  errors: [400, 401, 402, 403, 404, 500],
  request: requireStrings("content", "from"),
  responses: { 202: messageResponse },
};

export const listMessages: OperationDescriptor = {
  operationId: "listMessages_v1",
  method: "GET",
  path: "/v1/messages",
  query: ["createdAfter", "maxResults", "pageToken", "participants", "phoneNumberId"],
  explode: ["participants"],
  errors: [400, 401, 402, 403, 404, 500],
};

export const getContactById: OperationDescriptor = {
  operationId: "getContactById_v1",
  method: "GET",
  path: "/v1/contacts/{id}",
  errors: [...ERRORS, 409],
};

export const updateContactById: OperationDescriptor = {
  operationId: "updateContactById_v1",
  method: "PATCH",
  path: "/v1/contacts/{id}",
  body: "flat",
  errors: [...ERRORS, 409],
};

export const deleteContact: OperationDescriptor = {
  operationId: "deleteContact_v1",
  method: "DELETE",
  path: "/v1/contacts/{id}",
  errors: [...ERRORS, 409],
};

/** A body that is not an object travels nested under `body`; a header parameter too. */
export const nestedBody: OperationDescriptor = {
  operationId: "replaceTags_v1",
  method: "PUT",
  path: "/v1/contacts/{id}/tags",
  header: ["x-request-id"],
  body: "nested",
  errors: ERRORS,
};

/** Fast, deterministic defaults for tests: no waiting between retries, no limiter. */
export function testClient(baseUrl: string, options: Partial<ClientOptions> = {}): ClientCore {
  return createClientCore(
    {
      apiKey: API_KEY,
      rateLimit: false,
      clock: { now: () => 0, sleep: async () => {} },
      ...options,
    },
    baseUrl,
  );
}
