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
var getPhoneNumberById_exports = {};
__export(getPhoneNumberById_exports, {
  getPhoneNumberByIdChecks: () => getPhoneNumberByIdChecks,
  getPhoneNumberByIdRequest: () => getPhoneNumberByIdRequest,
  getPhoneNumberByIdResponse200: () => getPhoneNumberByIdResponse200,
  getPhoneNumberByIdResponse400: () => getPhoneNumberByIdResponse400,
  getPhoneNumberByIdResponse401: () => getPhoneNumberByIdResponse401,
  getPhoneNumberByIdResponse403: () => getPhoneNumberByIdResponse403,
  getPhoneNumberByIdResponse404: () => getPhoneNumberByIdResponse404,
  getPhoneNumberByIdResponse500: () => getPhoneNumberByIdResponse500,
  getPhoneNumberByIdResponses: () => getPhoneNumberByIdResponses
});
module.exports = __toCommonJS(getPhoneNumberById_exports);
var import_validation = require("../runtime/validation.cjs");
var import_constants = require("./constants.cjs");
var import_models = require("./models.cjs");
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["phoneNumberId"];
    if (!(typeof v2 === "string" && import_constants.pattern$3.test(v2))) ok = (0, import_validation.bad)(c, p + "/phoneNumberId", v2, import_constants.rule$36, true) && ok;
    const v3 = o1["include"];
    if (v3 !== void 0) {
      if (!Array.isArray(v3)) {
        ok = (0, import_validation.fail)(c, p + "/include", "array", v3);
      } else if (v3.length > 2) {
        ok = (0, import_validation.fail)(c, p + "/include", "array of at most 2 items", v3);
      } else if ((0, import_validation.hasDuplicates)(v3)) {
        ok = (0, import_validation.fail)(c, p + "/include", "array of unique items", v3);
      } else {
        for (let i4 = 0; i4 < v3.length; i4++) {
          const v5 = v3[i4];
          if (!(v5 === "restrictions" || v5 === "businessHours")) ok = (0, import_validation.bad)(c, p + "/include/" + i4, v5, import_constants.rule$66) && ok;
        }
      }
    }
    if (c.scan) {
      for (const k6 in o1) {
        switch (k6) {
          case "phoneNumberId":
          case "include":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k6, o1[k6])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const getPhoneNumberByIdRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o7 = v;
    const v8 = o7["data"];
    if (v8 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/data", "GetPhoneNumberByIdPhoneNumber");
    } else {
      if (!(0, import_models.checkGetPhoneNumberByIdPhoneNumber)(v8, p + "/data", c)) ok = false;
    }
    if (c.scan) {
      for (const k9 in o7) {
        switch (k9) {
          case "data":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k9, o7[k9])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const getPhoneNumberByIdResponse200 = /* @__PURE__ */ (0, import_validation.createValidator)(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskBadRequestError)(v, p, c)) ok = false;
  return ok;
}
const getPhoneNumberByIdResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const getPhoneNumberByIdResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskForbiddenError)(v, p, c)) ok = false;
  return ok;
}
const getPhoneNumberByIdResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskNotFoundError)(v, p, c)) ok = false;
  return ok;
}
const getPhoneNumberByIdResponse404 = /* @__PURE__ */ (0, import_validation.createValidator)(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkCallUnknownError)(v, p, c)) ok = false;
  return ok;
}
const getPhoneNumberByIdResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const getPhoneNumberByIdResponses = {
  200: getPhoneNumberByIdResponse200,
  400: getPhoneNumberByIdResponse400,
  401: getPhoneNumberByIdResponse401,
  403: getPhoneNumberByIdResponse403,
  404: getPhoneNumberByIdResponse404,
  500: getPhoneNumberByIdResponse500
};
const getPhoneNumberByIdChecks = {
  request: request$,
  responses: { 200: response$200 }
};
