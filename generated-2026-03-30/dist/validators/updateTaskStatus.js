import { bad, createValidator, fail, missing, unknownProperty } from "../runtime/validation.js";
import { pattern$15, rule$48, rule$49 } from "./constants.js";
import { checkTask, checkTaskBadRequestError, checkTaskForbiddenError, checkTaskNotFoundError, checkTaskUnauthorizedError, checkTaskUnknownError } from "./models.js";
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["taskId"];
    if (!(typeof v2 === "string" && pattern$15.test(v2))) ok = bad(c, p + "/taskId", v2, rule$49, true) && ok;
    const v3 = o1["status"];
    if (!(v3 === "open" || v3 === "completed" || v3 === "deleted")) ok = bad(c, p + "/status", v3, rule$48, true) && ok;
    if (c.scan) {
      for (const k4 in o1) {
        switch (k4) {
          case "taskId":
          case "status":
            break;
          default: {
            if (!unknownProperty(c, p, k4, o1[k4])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const updateTaskStatusRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o5 = v;
    const v6 = o5["data"];
    if (v6 === void 0) {
      ok = missing(c, p + "/data", "Task");
    } else {
      if (!checkTask(v6, p + "/data", c)) ok = false;
    }
    if (c.scan) {
      for (const k7 in o5) {
        switch (k7) {
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k7, o5[k7])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const updateTaskStatusResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkTaskBadRequestError(v, p, c)) ok = false;
  return ok;
}
const updateTaskStatusResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkTaskUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const updateTaskStatusResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkTaskForbiddenError(v, p, c)) ok = false;
  return ok;
}
const updateTaskStatusResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkTaskNotFoundError(v, p, c)) ok = false;
  return ok;
}
const updateTaskStatusResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkTaskUnknownError(v, p, c)) ok = false;
  return ok;
}
const updateTaskStatusResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const updateTaskStatusResponses = {
  200: updateTaskStatusResponse200,
  400: updateTaskStatusResponse400,
  401: updateTaskStatusResponse401,
  403: updateTaskStatusResponse403,
  404: updateTaskStatusResponse404,
  500: updateTaskStatusResponse500
};
const updateTaskStatusChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  updateTaskStatusChecks,
  updateTaskStatusRequest,
  updateTaskStatusResponse200,
  updateTaskStatusResponse400,
  updateTaskStatusResponse401,
  updateTaskStatusResponse403,
  updateTaskStatusResponse404,
  updateTaskStatusResponse500,
  updateTaskStatusResponses
};
