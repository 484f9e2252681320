import { request, safe } from "../runtime/http.js";
import { getTaskChecks } from "../validators/getTask.js";
const operation = {
  operationId: "tasks.get",
  method: "GET",
  path: "/tasks/{taskId}",
  errors: [400, 401, 403, 404, 500],
  checks: getTaskChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function getTask(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function getTaskSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  getTask,
  getTaskSafe
};
