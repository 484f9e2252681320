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
var deleteContactProperty_exports = {};
__export(deleteContactProperty_exports, {
  deleteContactPropertyChecks: () => deleteContactPropertyChecks,
  deleteContactPropertyRequest: () => deleteContactPropertyRequest,
  deleteContactPropertyResponse400: () => deleteContactPropertyResponse400,
  deleteContactPropertyResponse401: () => deleteContactPropertyResponse401,
  deleteContactPropertyResponse403: () => deleteContactPropertyResponse403,
  deleteContactPropertyResponse404: () => deleteContactPropertyResponse404,
  deleteContactPropertyResponse500: () => deleteContactPropertyResponse500,
  deleteContactPropertyResponses: () => deleteContactPropertyResponses
});
module.exports = __toCommonJS(deleteContactProperty_exports);
var import_validation = require("../runtime/validation.cjs");
var import_constants = require("./constants.cjs");
var import_models = require("./models.cjs");
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["contactId"];
    if (!(typeof v2 === "string")) ok = (0, import_validation.bad)(c, p + "/contactId", v2, import_constants.rule$13, true) && ok;
    const v3 = o1["propertyId"];
    if (!(typeof v3 === "string")) ok = (0, import_validation.bad)(c, p + "/propertyId", v3, import_constants.rule$13, true) && ok;
    if (c.scan) {
      for (const k4 in o1) {
        switch (k4) {
          case "contactId":
          case "propertyId":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k4, o1[k4])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const deleteContactPropertyRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskBadRequestError)(v, p, c)) ok = false;
  return ok;
}
const deleteContactPropertyResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const deleteContactPropertyResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskForbiddenError)(v, p, c)) ok = false;
  return ok;
}
const deleteContactPropertyResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskNotFoundError)(v, p, c)) ok = false;
  return ok;
}
const deleteContactPropertyResponse404 = /* @__PURE__ */ (0, import_validation.createValidator)(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskUnknownError)(v, p, c)) ok = false;
  return ok;
}
const deleteContactPropertyResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const deleteContactPropertyResponses = {
  400: deleteContactPropertyResponse400,
  401: deleteContactPropertyResponse401,
  403: deleteContactPropertyResponse403,
  404: deleteContactPropertyResponse404,
  500: deleteContactPropertyResponse500
};
const deleteContactPropertyChecks = {
  request: request$,
  responses: {}
};
