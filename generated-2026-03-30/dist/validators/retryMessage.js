import { bad, createValidator, fail, unknownProperty } from "../runtime/validation.js";
import { pattern$5, rule$9 } from "./constants.js";
import { checkCallUnknownError, checkMessageUnprocessableEntityError, checkTaskBadRequestError, checkTaskForbiddenError, checkTaskNotFoundError, checkTaskUnauthorizedError } from "./models.js";
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["messageId"];
    if (!(typeof v2 === "string" && pattern$5.test(v2))) ok = bad(c, p + "/messageId", v2, rule$9, true) && ok;
    if (c.scan) {
      for (const k3 in o1) {
        switch (k3) {
          case "messageId":
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
const retryMessageRequest = /* @__PURE__ */ createValidator(request$, true);
function response$202(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o4 = v;
  }
  return ok;
}
const retryMessageResponse202 = /* @__PURE__ */ createValidator(response$202, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkTaskBadRequestError(v, p, c)) ok = false;
  return ok;
}
const retryMessageResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkTaskUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const retryMessageResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkTaskForbiddenError(v, p, c)) ok = false;
  return ok;
}
const retryMessageResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkTaskNotFoundError(v, p, c)) ok = false;
  return ok;
}
const retryMessageResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$422(v, p, c) {
  let ok = true;
  if (!checkMessageUnprocessableEntityError(v, p, c)) ok = false;
  return ok;
}
const retryMessageResponse422 = /* @__PURE__ */ createValidator(response$422, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkCallUnknownError(v, p, c)) ok = false;
  return ok;
}
const retryMessageResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const retryMessageResponses = {
  202: retryMessageResponse202,
  400: retryMessageResponse400,
  401: retryMessageResponse401,
  403: retryMessageResponse403,
  404: retryMessageResponse404,
  422: retryMessageResponse422,
  500: retryMessageResponse500
};
const retryMessageChecks = {
  request: request$,
  responses: { 202: response$202 }
};
export {
  retryMessageChecks,
  retryMessageRequest,
  retryMessageResponse202,
  retryMessageResponse400,
  retryMessageResponse401,
  retryMessageResponse403,
  retryMessageResponse404,
  retryMessageResponse422,
  retryMessageResponse500,
  retryMessageResponses
};
