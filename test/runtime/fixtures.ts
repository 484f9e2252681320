/**
 * Hand-written operation descriptors, shaped like what emit/client.ts will generate for the
 * OpenPhone operations they are named after, with small hand-written validators.
 */
import { type ClientCore, createClientCore } from "../../templates/runtime/http.js";
import type { ClientOptions, OperationDescriptor } from "../../templates/runtime/types.js";
import { type Check, fail, unknownProperty } from "../../templates/runtime/validation.js";

export const API_KEY = "sk_live_SECRET_Key_9f8e7d";

const ERRORS = [400, 401, 403, 404, 500];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Requests: an object whose listed keys are strings (a stand-in for a generated, strict request check). */
function requireStrings(...keys: string[]): Check {
  return (value, pointer, ctx) => {
    if (!isObject(value)) return fail(ctx, pointer, "object", value);
    let ok = true;
    for (const key of keys) if (typeof value[key] !== "string") ok = fail(ctx, `${pointer}/${key}`, "string", value[key]);
    return ok;
  };
}

/** Responses: `{ data: { id: string, status: "queued" | "sent" } }`; undeclared keys of `data` follow the mode. */
export const messageResponse: Check = (value, pointer, ctx) => {
  const data = isObject(value) ? value.data : undefined;
  if (!isObject(data)) return fail(ctx, `${pointer}/data`, "object", data);
  let ok = typeof data.id === "string" || fail(ctx, `${pointer}/data/id`, "string", data.id);
  for (const key of Object.keys(data)) {
    if (key !== "id" && key !== "status") ok = unknownProperty(ctx, `${pointer}/data`, key, data[key]) && ok;
  }
  return ok;
};

export const sendMessage: OperationDescriptor = {
  operationId: "sendMessage_v1",
  method: "POST",
  path: "/v1/messages",
  body: "flat",
  errors: [400, 401, 402, 403, 404, 500],
  checks: { request: requireStrings("content", "from"), responses: { 202: messageResponse } },
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
