import { request, safe } from "../runtime/http.js";
import { updateContactNoteChecks } from "../validators/updateContactNote.js";
const operation = {
  operationId: "updateContactNote",
  method: "PATCH",
  path: "/contacts/{contactId}/notes/{noteId}",
  fixedHeaders: { "quo-api-version": "2026-03-30" },
  body: "flat",
  errors: [400, 401, 403, 404, 500],
  checks: updateContactNoteChecks
};
function updateContactNote(client, input, options) {
  return request(client, operation, input, options);
}
function updateContactNoteSafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  updateContactNote,
  updateContactNoteSafe
};
