import { request, safe } from "../runtime/http.js";
import { listContactSharesChecks } from "../validators/listContactShares.js";
const operation = {
  operationId: "listContactShares",
  method: "GET",
  path: "/contacts/{contactId}/shares",
  query: ["after", "limit"],
  errors: [400, 401, 403, 404, 500],
  checks: listContactSharesChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
const listContactSharesMaxPageSize = 50;
function listContactShares(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function listContactSharesSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  listContactShares,
  listContactSharesMaxPageSize,
  listContactSharesSafe
};
