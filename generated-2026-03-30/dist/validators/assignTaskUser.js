import { bad, createValidator, fail, missing, unknownProperty } from "../runtime/validation.js";
import { pattern$1, pattern$15, rule$30, rule$49 } from "./constants.js";
import { checkTask, checkTaskBadRequestError, checkTaskForbiddenError, checkTaskNotFoundError, checkTaskUnauthorizedError, checkTaskUnknownError } from "./models.js";
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["taskId"];
    if (!(typeof v2 === "string" && pattern$15.test(v2))) ok = bad(c, p + "/taskId", v2, rule$49, true) && ok;
    const v3 = o1["userId"];
    if (!(typeof v3 === "string" && pattern$1.test(v3))) ok = bad(c, p + "/userId", v3, rule$30, true) && ok;
    if (c.scan) {
      for (const k4 in o1) {
        switch (k4) {
          case "taskId":
          case "userId":
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
const assignTaskUserRequest = /* @__PURE__ */ createValidator(request$, true);
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
const assignTaskUserResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkTaskBadRequestError(v, p, c)) ok = false;
  return ok;
}
const assignTaskUserResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkTaskUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const assignTaskUserResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkTaskForbiddenError(v, p, c)) ok = false;
  return ok;
}
const assignTaskUserResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkTaskNotFoundError(v, p, c)) ok = false;
  return ok;
}
const assignTaskUserResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkTaskUnknownError(v, p, c)) ok = false;
  return ok;
}
const assignTaskUserResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const assignTaskUserResponses = {
  200: assignTaskUserResponse200,
  400: assignTaskUserResponse400,
  401: assignTaskUserResponse401,
  403: assignTaskUserResponse403,
  404: assignTaskUserResponse404,
  500: assignTaskUserResponse500
};
const assignTaskUserChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  assignTaskUserChecks,
  assignTaskUserRequest,
  assignTaskUserResponse200,
  assignTaskUserResponse400,
  assignTaskUserResponse401,
  assignTaskUserResponse403,
  assignTaskUserResponse404,
  assignTaskUserResponse500,
  assignTaskUserResponses
};
