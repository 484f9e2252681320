import { bad, codePoints, createValidator, fail, missing, unknownProperty } from "../runtime/validation.js";
import { pattern$0, pattern$1, pattern$3, pattern$7, rule$10, rule$123, rule$124, rule$125, rule$7, rule$8 } from "./constants.js";
import { checkMessage, checkMessageA2PRegistrationNotApprovedError, checkMessageNotEnoughCreditsError, checkMessageNotFoundError, checkMessageNotPhoneNumberUserError, checkMessageUnauthorizedError, checkMessageUnknownError } from "./models.js";
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["content"];
    if (!(typeof v2 === "string" && v2.length > 0 && (v2.length <= 1600 || codePoints(v2) <= 1600) && pattern$7.test(v2))) ok = bad(c, p + "/content", v2, rule$123, true) && ok;
    const v3 = o1["from"];
    if (!(typeof v3 === "string" && pattern$3.test(v3) || typeof v3 === "string" && pattern$0.test(v3))) ok = bad(c, p + "/from", v3, rule$124, true) && ok;
    const v4 = o1["phoneNumberId"];
    if (v4 !== void 0 && !(typeof v4 === "string" && pattern$3.test(v4))) ok = bad(c, p + "/phoneNumberId", v4, rule$8) && ok;
    const v5 = o1["setInboxStatus"];
    if (v5 !== void 0 && !(v5 === "done")) ok = bad(c, p + "/setInboxStatus", v5, rule$125) && ok;
    const v6 = o1["to"];
    if (v6 === void 0) {
      ok = missing(c, p + "/to", "array");
    } else {
      if (!Array.isArray(v6)) {
        ok = fail(c, p + "/to", "array", v6);
      } else if (v6.length < 1 || v6.length > 1) {
        ok = fail(c, p + "/to", "array of exactly 1 item", v6);
      } else {
        for (let i7 = 0; i7 < v6.length; i7++) {
          const v8 = v6[i7];
          if (!(typeof v8 === "string" && pattern$0.test(v8))) ok = bad(c, p + "/to/" + i7, v8, rule$7) && ok;
        }
      }
    }
    const v9 = o1["userId"];
    if (v9 !== void 0 && !(typeof v9 === "string" && pattern$1.test(v9))) ok = bad(c, p + "/userId", v9, rule$10) && ok;
    if (c.scan) {
      for (const k10 in o1) {
        switch (k10) {
          case "content":
          case "from":
          case "phoneNumberId":
          case "setInboxStatus":
          case "to":
          case "userId":
            break;
          default: {
            if (!unknownProperty(c, p, k10, o1[k10])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const sendMessageRequest = /* @__PURE__ */ createValidator(request$, true);
function response$202(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o11 = v;
    const v12 = o11["data"];
    if (v12 === void 0) {
      ok = missing(c, p + "/data", "Message");
    } else {
      if (!checkMessage(v12, p + "/data", c)) ok = false;
    }
    if (c.scan) {
      for (const k13 in o11) {
        switch (k13) {
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k13, o11[k13])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const sendMessageResponse202 = /* @__PURE__ */ createValidator(response$202, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkMessageA2PRegistrationNotApprovedError(v, p, c)) ok = false;
  return ok;
}
const sendMessageResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkMessageUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const sendMessageResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$402(v, p, c) {
  let ok = true;
  if (!checkMessageNotEnoughCreditsError(v, p, c)) ok = false;
  return ok;
}
const sendMessageResponse402 = /* @__PURE__ */ createValidator(response$402, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkMessageNotPhoneNumberUserError(v, p, c)) ok = false;
  return ok;
}
const sendMessageResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkMessageNotFoundError(v, p, c)) ok = false;
  return ok;
}
const sendMessageResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkMessageUnknownError(v, p, c)) ok = false;
  return ok;
}
const sendMessageResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const sendMessageResponses = {
  202: sendMessageResponse202,
  400: sendMessageResponse400,
  401: sendMessageResponse401,
  402: sendMessageResponse402,
  403: sendMessageResponse403,
  404: sendMessageResponse404,
  500: sendMessageResponse500
};
const sendMessageChecks = {
  request: request$,
  responses: { 202: response$202 }
};
export {
  sendMessageChecks,
  sendMessageRequest,
  sendMessageResponse202,
  sendMessageResponse400,
  sendMessageResponse401,
  sendMessageResponse402,
  sendMessageResponse403,
  sendMessageResponse404,
  sendMessageResponse500,
  sendMessageResponses
};
