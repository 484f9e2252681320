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
var getContactCustomFields_exports = {};
__export(getContactCustomFields_exports, {
  getContactCustomFieldsChecks: () => getContactCustomFieldsChecks,
  getContactCustomFieldsRequest: () => getContactCustomFieldsRequest,
  getContactCustomFieldsResponse200: () => getContactCustomFieldsResponse200,
  getContactCustomFieldsResponse400: () => getContactCustomFieldsResponse400,
  getContactCustomFieldsResponse401: () => getContactCustomFieldsResponse401,
  getContactCustomFieldsResponse403: () => getContactCustomFieldsResponse403,
  getContactCustomFieldsResponse404: () => getContactCustomFieldsResponse404,
  getContactCustomFieldsResponse500: () => getContactCustomFieldsResponse500,
  getContactCustomFieldsResponses: () => getContactCustomFieldsResponses
});
module.exports = __toCommonJS(getContactCustomFields_exports);
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
const getContactCustomFieldsRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o3 = v;
    const v4 = o3["data"];
    if (v4 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/data", "array");
    } else {
      if (!Array.isArray(v4)) {
        ok = (0, import_validation.fail)(c, p + "/data", "array", v4);
      } else {
        for (let i5 = 0; i5 < v4.length; i5++) {
          const v6 = v4[i5];
          if (!(0, import_models.checkContactCustomField)(v6, p + "/data/" + i5, c)) ok = false;
        }
      }
    }
    if (c.scan) {
      for (const k7 in o3) {
        switch (k7) {
          case "data":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k7, o3[k7])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const getContactCustomFieldsResponse200 = /* @__PURE__ */ (0, import_validation.createValidator)(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkContactCustomFieldBadRequestError)(v, p, c)) ok = false;
  return ok;
}
const getContactCustomFieldsResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkContactCustomFieldUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const getContactCustomFieldsResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkContactCustomFieldForbiddenError)(v, p, c)) ok = false;
  return ok;
}
const getContactCustomFieldsResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkContactCustomFieldNotFoundError)(v, p, c)) ok = false;
  return ok;
}
const getContactCustomFieldsResponse404 = /* @__PURE__ */ (0, import_validation.createValidator)(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkContactCustomFieldUnknownError)(v, p, c)) ok = false;
  return ok;
}
const getContactCustomFieldsResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const getContactCustomFieldsResponses = {
  200: getContactCustomFieldsResponse200,
  400: getContactCustomFieldsResponse400,
  401: getContactCustomFieldsResponse401,
  403: getContactCustomFieldsResponse403,
  404: getContactCustomFieldsResponse404,
  500: getContactCustomFieldsResponse500
};
const getContactCustomFieldsChecks = {
  request: request$,
  responses: { 200: response$200 }
};
