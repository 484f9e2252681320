import { bad, createValidator, fail, missing, unknownProperty } from "../runtime/validation.js";
import { pattern$14, rule$50 } from "./constants.js";
import { checkCallUnknownError, checkMarkConversationAsDone, checkTaskBadRequestError, checkTaskForbiddenError, checkTaskNotFoundError, checkTaskUnauthorizedError } from "./models.js";
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["conversationId"];
    if (!(typeof v2 === "string" && pattern$14.test(v2))) ok = bad(c, p + "/conversationId", v2, rule$50, true) && ok;
    if (c.scan) {
      for (const k3 in o1) {
        switch (k3) {
          case "conversationId":
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
const markConversationAsOpenRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o4 = v;
    const v5 = o4["data"];
    if (v5 === void 0) {
      ok = missing(c, p + "/data", "MarkConversationAsDone");
    } else {
      if (!checkMarkConversationAsDone(v5, p + "/data", c)) ok = false;
    }
    if (c.scan) {
      for (const k6 in o4) {
        switch (k6) {
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k6, o4[k6])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const markConversationAsOpenResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkTaskBadRequestError(v, p, c)) ok = false;
  return ok;
}
const markConversationAsOpenResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkTaskUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const markConversationAsOpenResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkTaskForbiddenError(v, p, c)) ok = false;
  return ok;
}
const markConversationAsOpenResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkTaskNotFoundError(v, p, c)) ok = false;
  return ok;
}
const markConversationAsOpenResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkCallUnknownError(v, p, c)) ok = false;
  return ok;
}
const markConversationAsOpenResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const markConversationAsOpenResponses = {
  200: markConversationAsOpenResponse200,
  400: markConversationAsOpenResponse400,
  401: markConversationAsOpenResponse401,
  403: markConversationAsOpenResponse403,
  404: markConversationAsOpenResponse404,
  500: markConversationAsOpenResponse500
};
const markConversationAsOpenChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  markConversationAsOpenChecks,
  markConversationAsOpenRequest,
  markConversationAsOpenResponse200,
  markConversationAsOpenResponse400,
  markConversationAsOpenResponse401,
  markConversationAsOpenResponse403,
  markConversationAsOpenResponse404,
  markConversationAsOpenResponse500,
  markConversationAsOpenResponses
};
