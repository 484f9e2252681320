import { request, safe } from "../runtime/http.js";
import { getTaskChecks } from "../validators/getTask.js";
const operation = {
  operationId: "tasks.get",
  method: "GET",
  path: "/tasks/{taskId}",
  fixedHeaders: { "quo-api-version": "2026-03-30" },
  errors: [400, 401, 403, 404, 500],
  checks: getTaskChecks
};
function getTask(client, input, options) {
  return request(client, operation, input, options);
}
function getTaskSafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  getTask,
  getTaskSafe
};
