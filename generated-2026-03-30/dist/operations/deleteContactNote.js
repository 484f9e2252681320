import { request, safe } from "../runtime/http.js";
import { deleteContactNoteChecks } from "../validators/deleteContactNote.js";
const operation = {
  operationId: "deleteContactNote",
  method: "DELETE",
  path: "/contacts/{contactId}/notes/{noteId}",
  fixedHeaders: { "quo-api-version": "2026-03-30" },
  errors: [400, 401, 403, 404, 500],
  checks: deleteContactNoteChecks
};
function deleteContactNote(client, input, options) {
  return request(client, operation, input, options);
}
function deleteContactNoteSafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  deleteContactNote,
  deleteContactNoteSafe
};
