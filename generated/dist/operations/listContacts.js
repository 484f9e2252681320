import { request, safe } from "../runtime/http.js";
import { listContactsChecks } from "../validators/listContacts.js";
const operation = {
  operationId: "listContacts_v1",
  method: "GET",
  path: "/v1/contacts",
  query: ["externalIds", "maxResults", "pageToken", "sources"],
  explode: ["externalIds", "sources"],
  errors: [400, 401, 403, 404, 409, 500],
  checks: listContactsChecks
};
const listContactsMaxPageSize = 50;
function listContacts(client, input, options) {
  return request(client, operation, input, options);
}
function listContactsSafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  listContacts,
  listContactsMaxPageSize,
  listContactsSafe
};
