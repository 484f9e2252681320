import { bad, createValidator, fail, missing, unknownProperty } from "../runtime/validation.js";
import { pattern$14, pattern$15, rule$49, rule$50 } from "./constants.js";
import { checkTask, checkTaskBadRequestError, checkTaskForbiddenError, checkTaskNotFoundError, checkTaskUnauthorizedError, checkTaskUnknownError } from "./models.js";
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["taskId"];
    if (!(typeof v2 === "string" && pattern$15.test(v2))) ok = bad(c, p + "/taskId", v2, rule$49, true) && ok;
    const v3 = o1["conversationId"];
    if (!(typeof v3 === "string" && pattern$14.test(v3))) ok = bad(c, p + "/conversationId", v3, rule$50, true) && ok;
    if (c.scan) {
      for (const k4 in o1) {
        switch (k4) {
          case "taskId":
          case "conversationId":
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
const linkTaskConversationRequest = /* @__PURE__ */ createValidator(request$, true);
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
const linkTaskConversationResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkTaskBadRequestError(v, p, c)) ok = false;
  return ok;
}
const linkTaskConversationResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkTaskUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const linkTaskConversationResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkTaskForbiddenError(v, p, c)) ok = false;
  return ok;
}
const linkTaskConversationResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkTaskNotFoundError(v, p, c)) ok = false;
  return ok;
}
const linkTaskConversationResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkTaskUnknownError(v, p, c)) ok = false;
  return ok;
}
const linkTaskConversationResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const linkTaskConversationResponses = {
  200: linkTaskConversationResponse200,
  400: linkTaskConversationResponse400,
  401: linkTaskConversationResponse401,
  403: linkTaskConversationResponse403,
  404: linkTaskConversationResponse404,
  500: linkTaskConversationResponse500
};
const linkTaskConversationChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  linkTaskConversationChecks,
  linkTaskConversationRequest,
  linkTaskConversationResponse200,
  linkTaskConversationResponse400,
  linkTaskConversationResponse401,
  linkTaskConversationResponse403,
  linkTaskConversationResponse404,
  linkTaskConversationResponse500,
  linkTaskConversationResponses
};
