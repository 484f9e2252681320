var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var sendMessage_exports = {};
__export(sendMessage_exports, {
  sendMessageRequest: () => sendMessageRequest,
  sendMessageResponse202: () => sendMessageResponse202,
  sendMessageResponse400: () => sendMessageResponse400,
  sendMessageResponse401: () => sendMessageResponse401,
  sendMessageResponse402: () => sendMessageResponse402,
  sendMessageResponse403: () => sendMessageResponse403,
  sendMessageResponse404: () => sendMessageResponse404,
  sendMessageResponse500: () => sendMessageResponse500,
  sendMessageResponses: () => sendMessageResponses
});
module.exports = __toCommonJS(sendMessage_exports);
var import_validation = require("../runtime/validation.cjs");
var import_models = require("./models.cjs");
const pattern$0 = /* @__PURE__ */ new RegExp(".*\\S.*", "u");
const pattern$1 = /* @__PURE__ */ new RegExp("^PN(.*)$", "u");
const pattern$2 = /* @__PURE__ */ new RegExp("^\\+[1-9]\\d{1,14}$", "u");
const pattern$3 = /* @__PURE__ */ new RegExp("^US(.*)$", "u");
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["content"];
    if (v2 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/content", "string matching /.*\\S.*/ of 1 to 1600 characters");
    } else {
      if (typeof v2 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/content", "string", v2);
      } else if (!(v2.length > 0)) {
        ok = (0, import_validation.fail)(c, p + "/content", "at least 1 character", v2);
      } else if (!(v2.length <= 1600 || (0, import_validation.codePoints)(v2) <= 1600)) {
        ok = (0, import_validation.fail)(c, p + "/content", "at most 1600 characters", v2);
      } else if (!pattern$0.test(v2)) {
        ok = (0, import_validation.fail)(c, p + "/content", "string matching /.*\\S.*/", v2);
      }
    }
    const v3 = o1["from"];
    if (v3 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/from", "string matching /^PN(.*)$/ or string matching /^\\+[1-9]\\d{1,14}$/");
    } else {
      if (!(typeof v3 === "string" && pattern$1.test(v3) || typeof v3 === "string" && pattern$2.test(v3))) {
        ok = (0, import_validation.fail)(c, p + "/from", "string matching /^PN(.*)$/ or string matching /^\\+[1-9]\\d{1,14}$/", v3);
      }
    }
    const v4 = o1["phoneNumberId"];
    if (v4 !== void 0) {
      if (typeof v4 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/phoneNumberId", "string", v4);
      } else if (!pattern$1.test(v4)) {
        ok = (0, import_validation.fail)(c, p + "/phoneNumberId", "string matching /^PN(.*)$/", v4);
      }
    }
    const v5 = o1["setInboxStatus"];
    if (v5 !== void 0) {
      if (!(v5 === "done")) {
        if (typeof v5 === "string") {
          if (!(0, import_validation.unknownEnum)(c, p + "/setInboxStatus", 'one of "done"', v5)) ok = false;
        } else {
          ok = (0, import_validation.fail)(c, p + "/setInboxStatus", 'one of "done"', v5);
        }
      }
    }
    const v6 = o1["to"];
    if (v6 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/to", "array");
    } else {
      if (!Array.isArray(v6)) {
        ok = (0, import_validation.fail)(c, p + "/to", "array", v6);
      } else if (v6.length < 1) {
        ok = (0, import_validation.fail)(c, p + "/to", "array of exactly 1 item", v6);
      } else if (v6.length > 1) {
        ok = (0, import_validation.fail)(c, p + "/to", "array of exactly 1 item", v6);
      } else {
        for (let i7 = 0; i7 < v6.length; i7++) {
          const v8 = v6[i7];
          if (typeof v8 !== "string") {
            ok = (0, import_validation.fail)(c, p + "/to/" + i7, "string", v8);
          } else if (!pattern$2.test(v8)) {
            ok = (0, import_validation.fail)(c, p + "/to/" + i7, "string matching /^\\+[1-9]\\d{1,14}$/", v8);
          }
        }
      }
    }
    const v9 = o1["userId"];
    if (v9 !== void 0) {
      if (typeof v9 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/userId", "string", v9);
      } else if (!pattern$3.test(v9)) {
        ok = (0, import_validation.fail)(c, p + "/userId", "string matching /^US(.*)$/", v9);
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
            if (!(0, import_validation.unknownProperty)(c, p, k10, o1[k10])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const sendMessageRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$202(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o11 = v;
    const v12 = o11["data"];
    if (v12 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/data", "Message");
    } else {
      if (!(0, import_models.checkMessage)(v12, p + "/data", c)) ok = false;
    }
    if (c.scan) {
      for (const k13 in o11) {
        switch (k13) {
          case "data":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k13, o11[k13])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const sendMessageResponse202 = /* @__PURE__ */ (0, import_validation.createValidator)(response$202, false);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkMessageA2PRegistrationNotApprovedError)(v, p, c)) ok = false;
  return ok;
}
const sendMessageResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkMessageUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const sendMessageResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$402(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkMessageNotEnoughCreditsError)(v, p, c)) ok = false;
  return ok;
}
const sendMessageResponse402 = /* @__PURE__ */ (0, import_validation.createValidator)(response$402, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkMessageNotPhoneNumberUserError)(v, p, c)) ok = false;
  return ok;
}
const sendMessageResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkMessageNotFoundError)(v, p, c)) ok = false;
  return ok;
}
const sendMessageResponse404 = /* @__PURE__ */ (0, import_validation.createValidator)(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkMessageUnknownError)(v, p, c)) ok = false;
  return ok;
}
const sendMessageResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const sendMessageResponses = {
  202: sendMessageResponse202,
  400: sendMessageResponse400,
  401: sendMessageResponse401,
  402: sendMessageResponse402,
  403: sendMessageResponse403,
  404: sendMessageResponse404,
  500: sendMessageResponse500
};
