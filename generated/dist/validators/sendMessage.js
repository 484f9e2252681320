import { codePoints, createValidator, fail, missing, unknownEnum, unknownProperty } from "../runtime/validation.js";
import { checkMessage, checkMessageA2PRegistrationNotApprovedError, checkMessageNotEnoughCreditsError, checkMessageNotFoundError, checkMessageNotPhoneNumberUserError, checkMessageUnauthorizedError, checkMessageUnknownError } from "./models.js";
const pattern$0 = /* @__PURE__ */ new RegExp(".*\\S.*", "u");
const pattern$1 = /* @__PURE__ */ new RegExp("^PN(.*)$", "u");
const pattern$2 = /* @__PURE__ */ new RegExp("^\\+[1-9]\\d{1,14}$", "u");
const pattern$3 = /* @__PURE__ */ new RegExp("^US(.*)$", "u");
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["content"];
    if (v2 === void 0) {
      ok = missing(c, p + "/content", "string matching /.*\\S.*/ of 1 to 1600 characters");
    } else {
      if (typeof v2 !== "string") {
        ok = fail(c, p + "/content", "string", v2);
      } else if (!(v2.length > 0)) {
        ok = fail(c, p + "/content", "at least 1 character", v2);
      } else if (!(v2.length <= 1600 || codePoints(v2) <= 1600)) {
        ok = fail(c, p + "/content", "at most 1600 characters", v2);
      } else if (!pattern$0.test(v2)) {
        ok = fail(c, p + "/content", "string matching /.*\\S.*/", v2);
      }
    }
    const v3 = o1["from"];
    if (v3 === void 0) {
      ok = missing(c, p + "/from", "string matching /^PN(.*)$/ or string matching /^\\+[1-9]\\d{1,14}$/");
    } else {
      if (!(typeof v3 === "string" && pattern$1.test(v3) || typeof v3 === "string" && pattern$2.test(v3))) {
        ok = fail(c, p + "/from", "string matching /^PN(.*)$/ or string matching /^\\+[1-9]\\d{1,14}$/", v3);
      }
    }
    const v4 = o1["phoneNumberId"];
    if (v4 !== void 0) {
      if (typeof v4 !== "string") {
        ok = fail(c, p + "/phoneNumberId", "string", v4);
      } else if (!pattern$1.test(v4)) {
        ok = fail(c, p + "/phoneNumberId", "string matching /^PN(.*)$/", v4);
      }
    }
    const v5 = o1["setInboxStatus"];
    if (v5 !== void 0) {
      if (!(v5 === "done")) {
        if (typeof v5 === "string") {
          if (!unknownEnum(c, p + "/setInboxStatus", 'one of "done"', v5)) ok = false;
        } else {
          ok = fail(c, p + "/setInboxStatus", 'one of "done"', v5);
        }
      }
    }
    const v6 = o1["to"];
    if (v6 === void 0) {
      ok = missing(c, p + "/to", "array");
    } else {
      if (!Array.isArray(v6)) {
        ok = fail(c, p + "/to", "array", v6);
      } else if (v6.length < 1) {
        ok = fail(c, p + "/to", "array of exactly 1 item", v6);
      } else if (v6.length > 1) {
        ok = fail(c, p + "/to", "array of exactly 1 item", v6);
      } else {
        for (let i7 = 0; i7 < v6.length; i7++) {
          const v8 = v6[i7];
          if (typeof v8 !== "string") {
            ok = fail(c, p + "/to/" + i7, "string", v8);
          } else if (!pattern$2.test(v8)) {
            ok = fail(c, p + "/to/" + i7, "string matching /^\\+[1-9]\\d{1,14}$/", v8);
          }
        }
      }
    }
    const v9 = o1["userId"];
    if (v9 !== void 0) {
      if (typeof v9 !== "string") {
        ok = fail(c, p + "/userId", "string", v9);
      } else if (!pattern$3.test(v9)) {
        ok = fail(c, p + "/userId", "string matching /^US(.*)$/", v9);
      }
    }
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
export {
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
