import { bad, createValidator, fail, missing, unknownProperty } from "../runtime/validation.js";
import { pattern$5, rule$9 } from "./constants.js";
import { checkCallUnknownError, checkMessage, checkMessageUnprocessableEntityError, checkTaskBadRequestError, checkTaskForbiddenError, checkTaskNotFoundError, checkTaskUnauthorizedError } from "./models.js";
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
const getMessageByIdRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o4 = v;
    const v5 = o4["data"];
    if (v5 === void 0) {
      ok = missing(c, p + "/data", "Message");
    } else {
      if (!checkMessage(v5, p + "/data", c)) ok = false;
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
const getMessageByIdResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkTaskBadRequestError(v, p, c)) ok = false;
  return ok;
}
const getMessageByIdResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkTaskUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const getMessageByIdResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkTaskForbiddenError(v, p, c)) ok = false;
  return ok;
}
const getMessageByIdResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkTaskNotFoundError(v, p, c)) ok = false;
  return ok;
}
const getMessageByIdResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$422(v, p, c) {
  let ok = true;
  if (!checkMessageUnprocessableEntityError(v, p, c)) ok = false;
  return ok;
}
const getMessageByIdResponse422 = /* @__PURE__ */ createValidator(response$422, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkCallUnknownError(v, p, c)) ok = false;
  return ok;
}
const getMessageByIdResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const getMessageByIdResponses = {
  200: getMessageByIdResponse200,
  400: getMessageByIdResponse400,
  401: getMessageByIdResponse401,
  403: getMessageByIdResponse403,
  404: getMessageByIdResponse404,
  422: getMessageByIdResponse422,
  500: getMessageByIdResponse500
};
const getMessageByIdChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  getMessageByIdChecks,
  getMessageByIdRequest,
  getMessageByIdResponse200,
  getMessageByIdResponse400,
  getMessageByIdResponse401,
  getMessageByIdResponse403,
  getMessageByIdResponse404,
  getMessageByIdResponse422,
  getMessageByIdResponse500,
  getMessageByIdResponses
};
