import { request, safe } from "../runtime/http.js";
import { createTaskChecks } from "../validators/createTask.js";
const operation = {
  operationId: "tasks.create",
  method: "POST",
  path: "/tasks",
  body: "flat",
  errors: [400, 401, 403, 404, 500],
  checks: createTaskChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function createTask(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function createTaskSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  createTask,
  createTaskSafe
};
