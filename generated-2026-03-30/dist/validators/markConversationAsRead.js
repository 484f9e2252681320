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
const markConversationAsReadRequest = /* @__PURE__ */ createValidator(request$, true);
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
const markConversationAsReadResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkTaskBadRequestError(v, p, c)) ok = false;
  return ok;
}
const markConversationAsReadResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkTaskUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const markConversationAsReadResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkTaskForbiddenError(v, p, c)) ok = false;
  return ok;
}
const markConversationAsReadResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkTaskNotFoundError(v, p, c)) ok = false;
  return ok;
}
const markConversationAsReadResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkCallUnknownError(v, p, c)) ok = false;
  return ok;
}
const markConversationAsReadResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const markConversationAsReadResponses = {
  200: markConversationAsReadResponse200,
  400: markConversationAsReadResponse400,
  401: markConversationAsReadResponse401,
  403: markConversationAsReadResponse403,
  404: markConversationAsReadResponse404,
  500: markConversationAsReadResponse500
};
const markConversationAsReadChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  markConversationAsReadChecks,
  markConversationAsReadRequest,
  markConversationAsReadResponse200,
  markConversationAsReadResponse400,
  markConversationAsReadResponse401,
  markConversationAsReadResponse403,
  markConversationAsReadResponse404,
  markConversationAsReadResponse500,
  markConversationAsReadResponses
};
