import { request, safe } from "../runtime/http.js";
import { getContactCustomFieldsChecks } from "../validators/getContactCustomFields.js";
const operation = {
  operationId: "getContactCustomFields_v1",
  method: "GET",
  path: "/v1/contact-custom-fields",
  errors: [400, 401, 403, 404, 500],
  checks: getContactCustomFieldsChecks
};
function getContactCustomFields(client, input = {}, options) {
  return request(client, operation, input, options);
}
function getContactCustomFieldsSafe(client, input = {}, options) {
  return safe(client, operation, input, options);
}
export {
  getContactCustomFields,
  getContactCustomFieldsSafe
};
