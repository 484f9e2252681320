import { request, safe } from "../runtime/http.js";
import { listTasksChecks } from "../validators/listTasks.js";
const operation = {
  operationId: "tasks.list",
  method: "GET",
  path: "/tasks",
  query: ["after", "limit"],
  errors: [400, 401, 403, 404, 500],
  checks: listTasksChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
const listTasksMaxPageSize = 100;
function listTasks(client, input = {}, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function listTasksSafe(client, input = {}, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  listTasks,
  listTasksMaxPageSize,
  listTasksSafe
};
