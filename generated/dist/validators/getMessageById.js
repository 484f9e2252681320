import { bad, createValidator, fail, missing, unknownProperty } from "../runtime/validation.js";
import { pattern$2, rule$6 } from "./constants.js";
import { checkMessage, checkMessageA2PRegistrationNotApprovedError, checkMessageNotEnoughCreditsError, checkMessageNotFoundError, checkMessageNotPhoneNumberUserError, checkMessageUnauthorizedError, checkMessageUnknownError } from "./models.js";
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["id"];
    if (!(typeof v2 === "string" && pattern$2.test(v2))) ok = bad(c, p + "/id", v2, rule$6, true) && ok;
    if (c.scan) {
      for (const k3 in o1) {
        switch (k3) {
          case "id":
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
  if (!checkMessageA2PRegistrationNotApprovedError(v, p, c)) ok = false;
  return ok;
}
const getMessageByIdResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkMessageUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const getMessageByIdResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$402(v, p, c) {
  let ok = true;
  if (!checkMessageNotEnoughCreditsError(v, p, c)) ok = false;
  return ok;
}
const getMessageByIdResponse402 = /* @__PURE__ */ createValidator(response$402, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkMessageNotPhoneNumberUserError(v, p, c)) ok = false;
  return ok;
}
const getMessageByIdResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkMessageNotFoundError(v, p, c)) ok = false;
  return ok;
}
const getMessageByIdResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkMessageUnknownError(v, p, c)) ok = false;
  return ok;
}
const getMessageByIdResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const getMessageByIdResponses = {
  200: getMessageByIdResponse200,
  400: getMessageByIdResponse400,
  401: getMessageByIdResponse401,
  402: getMessageByIdResponse402,
  403: getMessageByIdResponse403,
  404: getMessageByIdResponse404,
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
  getMessageByIdResponse402,
  getMessageByIdResponse403,
  getMessageByIdResponse404,
  getMessageByIdResponse500,
  getMessageByIdResponses
};
