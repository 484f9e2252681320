import { request, safe } from "../runtime/http.js";
import { deleteContactNoteChecks } from "../validators/deleteContactNote.js";
const operation = {
  operationId: "deleteContactNote",
  method: "DELETE",
  path: "/contacts/{contactId}/notes/{noteId}",
  errors: [400, 401, 403, 404, 500],
  checks: deleteContactNoteChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function deleteContactNote(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function deleteContactNoteSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  deleteContactNote,
  deleteContactNoteSafe
};
