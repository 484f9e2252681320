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
var listUserPhoneNumbers_exports = {};
__export(listUserPhoneNumbers_exports, {
  listUserPhoneNumbersChecks: () => listUserPhoneNumbersChecks,
  listUserPhoneNumbersRequest: () => listUserPhoneNumbersRequest,
  listUserPhoneNumbersResponse200: () => listUserPhoneNumbersResponse200,
  listUserPhoneNumbersResponse400: () => listUserPhoneNumbersResponse400,
  listUserPhoneNumbersResponse401: () => listUserPhoneNumbersResponse401,
  listUserPhoneNumbersResponse403: () => listUserPhoneNumbersResponse403,
  listUserPhoneNumbersResponse500: () => listUserPhoneNumbersResponse500,
  listUserPhoneNumbersResponses: () => listUserPhoneNumbersResponses
});
module.exports = __toCommonJS(listUserPhoneNumbers_exports);
var import_validation = require("../runtime/validation.cjs");
var import_constants = require("./constants.cjs");
var import_models = require("./models.cjs");
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["userId"];
    if (!(typeof v2 === "string" && import_constants.pattern$1.test(v2))) ok = (0, import_validation.bad)(c, p + "/userId", v2, import_constants.rule$30, true) && ok;
    const v3 = o1["after"];
    if (v3 !== void 0 && !(typeof v3 === "string")) ok = (0, import_validation.bad)(c, p + "/after", v3, import_constants.rule$13) && ok;
    const v4 = o1["include"];
    if (v4 !== void 0) {
      if (!Array.isArray(v4)) {
        ok = (0, import_validation.fail)(c, p + "/include", "array", v4);
      } else if (v4.length > 1) {
        ok = (0, import_validation.fail)(c, p + "/include", "array of at most 1 item", v4);
      } else if ((0, import_validation.hasDuplicates)(v4)) {
        ok = (0, import_validation.fail)(c, p + "/include", "array of unique items", v4);
      } else {
        for (let i5 = 0; i5 < v4.length; i5++) {
          const v6 = v4[i5];
          if (!(v6 === "restrictions")) ok = (0, import_validation.bad)(c, p + "/include/" + i5, v6, import_constants.rule$69) && ok;
        }
      }
    }
    const v7 = o1["limit"];
    if (v7 !== void 0 && !(typeof v7 === "number" && Number.isInteger(v7) && v7 >= 1 && v7 <= 50)) ok = (0, import_validation.bad)(c, p + "/limit", v7, import_constants.rule$65) && ok;
    if (c.scan) {
      for (const k8 in o1) {
        switch (k8) {
          case "userId":
          case "after":
          case "include":
          case "limit":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k8, o1[k8])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listUserPhoneNumbersRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o9 = v;
    const v10 = o9["data"];
    if (v10 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/data", "array");
    } else {
      if (!Array.isArray(v10)) {
        ok = (0, import_validation.fail)(c, p + "/data", "array", v10);
      } else {
        for (let i11 = 0; i11 < v10.length; i11++) {
          const v12 = v10[i11];
          if (!(0, import_models.checkPhoneNumber)(v12, p + "/data/" + i11, c)) ok = false;
        }
      }
    }
    const v13 = o9["nextCursor"];
    if (!(v13 === null || typeof v13 === "string")) ok = (0, import_validation.bad)(c, p + "/nextCursor", v13, import_constants.rule$2, true) && ok;
    if (c.scan) {
      for (const k14 in o9) {
        switch (k14) {
          case "data":
          case "nextCursor":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k14, o9[k14])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listUserPhoneNumbersResponse200 = /* @__PURE__ */ (0, import_validation.createValidator)(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskBadRequestError)(v, p, c)) ok = false;
  return ok;
}
const listUserPhoneNumbersResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const listUserPhoneNumbersResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskForbiddenError)(v, p, c)) ok = false;
  return ok;
}
const listUserPhoneNumbersResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkCallUnknownError)(v, p, c)) ok = false;
  return ok;
}
const listUserPhoneNumbersResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const listUserPhoneNumbersResponses = {
  200: listUserPhoneNumbersResponse200,
  400: listUserPhoneNumbersResponse400,
  401: listUserPhoneNumbersResponse401,
  403: listUserPhoneNumbersResponse403,
  500: listUserPhoneNumbersResponse500
};
const listUserPhoneNumbersChecks = {
  request: request$,
  responses: { 200: response$200 }
};
