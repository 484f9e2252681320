import { request, safe } from "../runtime/http.js";
import { listContactNotesChecks } from "../validators/listContactNotes.js";
const operation = {
  operationId: "listContactNotes",
  method: "GET",
  path: "/contacts/{contactId}/notes",
  query: ["after", "limit"],
  errors: [400, 401, 403, 404, 500],
  checks: listContactNotesChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
const listContactNotesMaxPageSize = 50;
function listContactNotes(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function listContactNotesSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  listContactNotes,
  listContactNotesMaxPageSize,
  listContactNotesSafe
};
