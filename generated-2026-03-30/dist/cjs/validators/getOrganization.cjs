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
var getOrganization_exports = {};
__export(getOrganization_exports, {
  getOrganizationChecks: () => getOrganizationChecks,
  getOrganizationRequest: () => getOrganizationRequest,
  getOrganizationResponse200: () => getOrganizationResponse200,
  getOrganizationResponse401: () => getOrganizationResponse401,
  getOrganizationResponse500: () => getOrganizationResponse500,
  getOrganizationResponses: () => getOrganizationResponses
});
module.exports = __toCommonJS(getOrganization_exports);
var import_validation = require("../runtime/validation.cjs");
var import_models = require("./models.cjs");
function request$(v, p, c) {
  if (v === void 0) return true;
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o1 = v;
    if (c.scan) {
      for (const k2 in o1) {
        if (!(0, import_validation.unknownProperty)(c, p, k2, o1[k2])) ok = false;
      }
    }
  }
  return ok;
}
const getOrganizationRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o3 = v;
    const v4 = o3["data"];
    if (v4 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/data", "Organization");
    } else {
      if (!(0, import_models.checkOrganization)(v4, p + "/data", c)) ok = false;
    }
    if (c.scan) {
      for (const k5 in o3) {
        switch (k5) {
          case "data":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k5, o3[k5])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const getOrganizationResponse200 = /* @__PURE__ */ (0, import_validation.createValidator)(response$200, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const getOrganizationResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkCallUnknownError)(v, p, c)) ok = false;
  return ok;
}
const getOrganizationResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const getOrganizationResponses = {
  200: getOrganizationResponse200,
  401: getOrganizationResponse401,
  500: getOrganizationResponse500
};
const getOrganizationChecks = {
  request: request$,
  responses: { 200: response$200 }
};
