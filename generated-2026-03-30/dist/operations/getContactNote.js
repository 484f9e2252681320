import { request, safe } from "../runtime/http.js";
import { getContactNoteChecks } from "../validators/getContactNote.js";
const operation = {
  operationId: "getContactNote",
  method: "GET",
  path: "/contacts/{contactId}/notes/{noteId}",
  errors: [400, 401, 403, 404, 500],
  checks: getContactNoteChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function getContactNote(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function getContactNoteSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  getContactNote,
  getContactNoteSafe
};
