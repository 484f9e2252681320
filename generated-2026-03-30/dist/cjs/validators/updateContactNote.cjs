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
var updateContactNote_exports = {};
__export(updateContactNote_exports, {
  updateContactNoteChecks: () => updateContactNoteChecks,
  updateContactNoteRequest: () => updateContactNoteRequest,
  updateContactNoteResponse200: () => updateContactNoteResponse200,
  updateContactNoteResponse400: () => updateContactNoteResponse400,
  updateContactNoteResponse401: () => updateContactNoteResponse401,
  updateContactNoteResponse403: () => updateContactNoteResponse403,
  updateContactNoteResponse404: () => updateContactNoteResponse404,
  updateContactNoteResponse500: () => updateContactNoteResponse500,
  updateContactNoteResponses: () => updateContactNoteResponses
});
module.exports = __toCommonJS(updateContactNote_exports);
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
    const v3 = o1["noteId"];
    if (!(typeof v3 === "string")) ok = (0, import_validation.bad)(c, p + "/noteId", v3, import_constants.rule$13, true) && ok;
    const v4 = o1["text"];
    if (!(typeof v4 === "string" && v4.length > 0 && (v4.length <= 2e3 || (0, import_validation.codePoints)(v4) <= 2e3))) ok = (0, import_validation.bad)(c, p + "/text", v4, import_constants.rule$63, true) && ok;
    if (c.scan) {
      for (const k5 in o1) {
        switch (k5) {
          case "contactId":
          case "noteId":
          case "text":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k5, o1[k5])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const updateContactNoteRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o6 = v;
    const v7 = o6["data"];
    if (v7 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/data", "ContactNote");
    } else {
      if (!(0, import_models.checkContactNote)(v7, p + "/data", c)) ok = false;
    }
    if (c.scan) {
      for (const k8 in o6) {
        switch (k8) {
          case "data":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k8, o6[k8])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const updateContactNoteResponse200 = /* @__PURE__ */ (0, import_validation.createValidator)(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskBadRequestError)(v, p, c)) ok = false;
  return ok;
}
const updateContactNoteResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const updateContactNoteResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskForbiddenError)(v, p, c)) ok = false;
  return ok;
}
const updateContactNoteResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskNotFoundError)(v, p, c)) ok = false;
  return ok;
}
const updateContactNoteResponse404 = /* @__PURE__ */ (0, import_validation.createValidator)(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskUnknownError)(v, p, c)) ok = false;
  return ok;
}
const updateContactNoteResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const updateContactNoteResponses = {
  200: updateContactNoteResponse200,
  400: updateContactNoteResponse400,
  401: updateContactNoteResponse401,
  403: updateContactNoteResponse403,
  404: updateContactNoteResponse404,
  500: updateContactNoteResponse500
};
const updateContactNoteChecks = {
  request: request$,
  responses: { 200: response$200 }
};
