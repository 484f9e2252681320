import { bad, createValidator, fail, unknownProperty } from "../runtime/validation.js";
import { pattern$15, rule$49 } from "./constants.js";
import { checkTaskBadRequestError, checkTaskForbiddenError, checkTaskNotFoundError, checkTaskUnauthorizedError, checkTaskUnknownError } from "./models.js";
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["taskId"];
    if (!(typeof v2 === "string" && pattern$15.test(v2))) ok = bad(c, p + "/taskId", v2, rule$49, true) && ok;
    if (c.scan) {
      for (const k3 in o1) {
        switch (k3) {
          case "taskId":
            break;
          default: {
            if (!unknownProperty(c, p, k3, o1[k3])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const deleteTaskRequest = /* @__PURE__ */ createValidator(request$, true);
function response$400(v, p, c) {
  let ok = true;
  if (!checkTaskBadRequestError(v, p, c)) ok = false;
  return ok;
}
const deleteTaskResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkTaskUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const deleteTaskResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkTaskForbiddenError(v, p, c)) ok = false;
  return ok;
}
const deleteTaskResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkTaskNotFoundError(v, p, c)) ok = false;
  return ok;
}
const deleteTaskResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkTaskUnknownError(v, p, c)) ok = false;
  return ok;
}
const deleteTaskResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const deleteTaskResponses = {
  400: deleteTaskResponse400,
  401: deleteTaskResponse401,
  403: deleteTaskResponse403,
  404: deleteTaskResponse404,
  500: deleteTaskResponse500
};
const deleteTaskChecks = {
  request: request$,
  responses: {}
};
export {
  deleteTaskChecks,
  deleteTaskRequest,
  deleteTaskResponse400,
  deleteTaskResponse401,
  deleteTaskResponse403,
  deleteTaskResponse404,
  deleteTaskResponse500,
  deleteTaskResponses
};
