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
var listPhoneNumbers_exports = {};
__export(listPhoneNumbers_exports, {
  listPhoneNumbersChecks: () => listPhoneNumbersChecks,
  listPhoneNumbersRequest: () => listPhoneNumbersRequest,
  listPhoneNumbersResponse200: () => listPhoneNumbersResponse200,
  listPhoneNumbersResponse400: () => listPhoneNumbersResponse400,
  listPhoneNumbersResponse401: () => listPhoneNumbersResponse401,
  listPhoneNumbersResponse403: () => listPhoneNumbersResponse403,
  listPhoneNumbersResponse500: () => listPhoneNumbersResponse500,
  listPhoneNumbersResponses: () => listPhoneNumbersResponses
});
module.exports = __toCommonJS(listPhoneNumbers_exports);
var import_validation = require("../runtime/validation.cjs");
var import_constants = require("./constants.cjs");
var import_models = require("./models.cjs");
function request$(v, p, c) {
  if (v === void 0) return true;
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["after"];
    if (v2 !== void 0 && !(typeof v2 === "string")) ok = (0, import_validation.bad)(c, p + "/after", v2, import_constants.rule$13) && ok;
    const v3 = o1["include"];
    if (v3 !== void 0) {
      if (!Array.isArray(v3)) {
        ok = (0, import_validation.fail)(c, p + "/include", "array", v3);
      } else if (v3.length > 1) {
        ok = (0, import_validation.fail)(c, p + "/include", "array of at most 1 item", v3);
      } else if ((0, import_validation.hasDuplicates)(v3)) {
        ok = (0, import_validation.fail)(c, p + "/include", "array of unique items", v3);
      } else {
        for (let i4 = 0; i4 < v3.length; i4++) {
          const v5 = v3[i4];
          if (!(v5 === "restrictions")) ok = (0, import_validation.bad)(c, p + "/include/" + i4, v5, import_constants.rule$69) && ok;
        }
      }
    }
    const v6 = o1["limit"];
    if (v6 !== void 0 && !(typeof v6 === "number" && Number.isInteger(v6) && v6 >= 1 && v6 <= 50)) ok = (0, import_validation.bad)(c, p + "/limit", v6, import_constants.rule$65) && ok;
    const v7 = o1["phoneNumber"];
    if (v7 !== void 0 && !(typeof v7 === "string" && import_constants.pattern$0.test(v7))) ok = (0, import_validation.bad)(c, p + "/phoneNumber", v7, import_constants.rule$0) && ok;
    if (c.scan) {
      for (const k8 in o1) {
        switch (k8) {
          case "after":
          case "include":
          case "limit":
          case "phoneNumber":
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
const listPhoneNumbersRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
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
const listPhoneNumbersResponse200 = /* @__PURE__ */ (0, import_validation.createValidator)(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskBadRequestError)(v, p, c)) ok = false;
  return ok;
}
const listPhoneNumbersResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const listPhoneNumbersResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskForbiddenError)(v, p, c)) ok = false;
  return ok;
}
const listPhoneNumbersResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkCallUnknownError)(v, p, c)) ok = false;
  return ok;
}
const listPhoneNumbersResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const listPhoneNumbersResponses = {
  200: listPhoneNumbersResponse200,
  400: listPhoneNumbersResponse400,
  401: listPhoneNumbersResponse401,
  403: listPhoneNumbersResponse403,
  500: listPhoneNumbersResponse500
};
const listPhoneNumbersChecks = {
  request: request$,
  responses: { 200: response$200 }
};
