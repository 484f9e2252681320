import { request, safe } from "../runtime/http.js";
import { updateContactByIdChecks } from "../validators/updateContactById.js";
const operation = {
  operationId: "updateContactById",
  method: "PATCH",
  path: "/contacts/{contactId}",
  body: "flat",
  errors: [400, 401, 403, 404, 500],
  checks: updateContactByIdChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function updateContactById(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function updateContactByIdSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  updateContactById,
  updateContactByIdSafe
};
