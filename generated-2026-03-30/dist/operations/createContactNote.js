import { request, safe } from "../runtime/http.js";
import { createContactNoteChecks } from "../validators/createContactNote.js";
const operation = {
  operationId: "createContactNote",
  method: "POST",
  path: "/contacts/{contactId}/notes",
  body: "flat",
  errors: [400, 401, 403, 404, 500],
  checks: createContactNoteChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function createContactNote(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function createContactNoteSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  createContactNote,
  createContactNoteSafe
};
