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
var getAvailablePhoneNumbersBase_exports = {};
__export(getAvailablePhoneNumbersBase_exports, {
  getAvailablePhoneNumbersBaseChecks: () => getAvailablePhoneNumbersBaseChecks,
  getAvailablePhoneNumbersBaseRequest: () => getAvailablePhoneNumbersBaseRequest,
  getAvailablePhoneNumbersBaseResponse200: () => getAvailablePhoneNumbersBaseResponse200,
  getAvailablePhoneNumbersBaseResponse400: () => getAvailablePhoneNumbersBaseResponse400,
  getAvailablePhoneNumbersBaseResponse401: () => getAvailablePhoneNumbersBaseResponse401,
  getAvailablePhoneNumbersBaseResponse403: () => getAvailablePhoneNumbersBaseResponse403,
  getAvailablePhoneNumbersBaseResponse404: () => getAvailablePhoneNumbersBaseResponse404,
  getAvailablePhoneNumbersBaseResponse500: () => getAvailablePhoneNumbersBaseResponse500,
  getAvailablePhoneNumbersBaseResponses: () => getAvailablePhoneNumbersBaseResponses
});
module.exports = __toCommonJS(getAvailablePhoneNumbersBase_exports);
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
    const v2 = o1["areaCode"];
    if (v2 !== void 0 && !(typeof v2 === "string")) ok = (0, import_validation.bad)(c, p + "/areaCode", v2, import_constants.rule$13) && ok;
    const v3 = o1["contains"];
    if (v3 !== void 0 && !(typeof v3 === "string")) ok = (0, import_validation.bad)(c, p + "/contains", v3, import_constants.rule$13) && ok;
    const v4 = o1["countryCode"];
    if (v4 !== void 0 && !(typeof v4 === "string")) ok = (0, import_validation.bad)(c, p + "/countryCode", v4, import_constants.rule$13) && ok;
    const v5 = o1["inLocality"];
    if (v5 !== void 0 && !(typeof v5 === "string")) ok = (0, import_validation.bad)(c, p + "/inLocality", v5, import_constants.rule$13) && ok;
    const v6 = o1["inRegion"];
    if (v6 !== void 0 && !(typeof v6 === "string")) ok = (0, import_validation.bad)(c, p + "/inRegion", v6, import_constants.rule$13) && ok;
    const v7 = o1["tollFree"];
    if (v7 !== void 0 && !(typeof v7 === "boolean")) ok = (0, import_validation.bad)(c, p + "/tollFree", v7, import_constants.rule$34) && ok;
    if (c.scan) {
      for (const k8 in o1) {
        switch (k8) {
          case "areaCode":
          case "contains":
          case "countryCode":
          case "inLocality":
          case "inRegion":
          case "tollFree":
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
const getAvailablePhoneNumbersBaseRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o9 = v;
    const v10 = o9["data"];
    if (v10 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/data", "AvailablePhoneNumbersBase");
    } else {
      if (!(0, import_models.checkAvailablePhoneNumbersBase)(v10, p + "/data", c)) ok = false;
    }
    if (c.scan) {
      for (const k11 in o9) {
        switch (k11) {
          case "data":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k11, o9[k11])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const getAvailablePhoneNumbersBaseResponse200 = /* @__PURE__ */ (0, import_validation.createValidator)(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskBadRequestError)(v, p, c)) ok = false;
  return ok;
}
const getAvailablePhoneNumbersBaseResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const getAvailablePhoneNumbersBaseResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskForbiddenError)(v, p, c)) ok = false;
  return ok;
}
const getAvailablePhoneNumbersBaseResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskNotFoundError)(v, p, c)) ok = false;
  return ok;
}
const getAvailablePhoneNumbersBaseResponse404 = /* @__PURE__ */ (0, import_validation.createValidator)(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkCallUnknownError)(v, p, c)) ok = false;
  return ok;
}
const getAvailablePhoneNumbersBaseResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const getAvailablePhoneNumbersBaseResponses = {
  200: getAvailablePhoneNumbersBaseResponse200,
  400: getAvailablePhoneNumbersBaseResponse400,
  401: getAvailablePhoneNumbersBaseResponse401,
  403: getAvailablePhoneNumbersBaseResponse403,
  404: getAvailablePhoneNumbersBaseResponse404,
  500: getAvailablePhoneNumbersBaseResponse500
};
const getAvailablePhoneNumbersBaseChecks = {
  request: request$,
  responses: { 200: response$200 }
};
