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
var deleteContact_exports = {};
__export(deleteContact_exports, {
  deleteContactChecks: () => deleteContactChecks,
  deleteContactRequest: () => deleteContactRequest,
  deleteContactResponse400: () => deleteContactResponse400,
  deleteContactResponse401: () => deleteContactResponse401,
  deleteContactResponse403: () => deleteContactResponse403,
  deleteContactResponse404: () => deleteContactResponse404,
  deleteContactResponse500: () => deleteContactResponse500,
  deleteContactResponses: () => deleteContactResponses
});
module.exports = __toCommonJS(deleteContact_exports);
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
    if (c.scan) {
      for (const k3 in o1) {
        switch (k3) {
          case "contactId":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k3, o1[k3])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const deleteContactRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskBadRequestError)(v, p, c)) ok = false;
  return ok;
}
const deleteContactResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const deleteContactResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskForbiddenError)(v, p, c)) ok = false;
  return ok;
}
const deleteContactResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskNotFoundError)(v, p, c)) ok = false;
  return ok;
}
const deleteContactResponse404 = /* @__PURE__ */ (0, import_validation.createValidator)(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskUnknownError)(v, p, c)) ok = false;
  return ok;
}
const deleteContactResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const deleteContactResponses = {
  400: deleteContactResponse400,
  401: deleteContactResponse401,
  403: deleteContactResponse403,
  404: deleteContactResponse404,
  500: deleteContactResponse500
};
const deleteContactChecks = {
  request: request$,
  responses: {}
};
