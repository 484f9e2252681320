import { request, safe } from "../runtime/http.js";
import { updateContactNoteChecks } from "../validators/updateContactNote.js";
const operation = {
  operationId: "updateContactNote",
  method: "PATCH",
  path: "/contacts/{contactId}/notes/{noteId}",
  body: "flat",
  errors: [400, 401, 403, 404, 500],
  checks: updateContactNoteChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function updateContactNote(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function updateContactNoteSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  updateContactNote,
  updateContactNoteSafe
};
