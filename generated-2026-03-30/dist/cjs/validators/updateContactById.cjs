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
var updateContactById_exports = {};
__export(updateContactById_exports, {
  updateContactByIdChecks: () => updateContactByIdChecks,
  updateContactByIdRequest: () => updateContactByIdRequest,
  updateContactByIdResponse200: () => updateContactByIdResponse200,
  updateContactByIdResponse400: () => updateContactByIdResponse400,
  updateContactByIdResponse401: () => updateContactByIdResponse401,
  updateContactByIdResponse403: () => updateContactByIdResponse403,
  updateContactByIdResponse404: () => updateContactByIdResponse404,
  updateContactByIdResponse500: () => updateContactByIdResponse500,
  updateContactByIdResponses: () => updateContactByIdResponses
});
module.exports = __toCommonJS(updateContactById_exports);
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
    const v3 = o1["company"];
    if (v3 !== void 0 && !(v3 === null || typeof v3 === "string")) ok = (0, import_validation.bad)(c, p + "/company", v3, import_constants.rule$2) && ok;
    const v4 = o1["externalId"];
    if (v4 !== void 0 && !(v4 === null || typeof v4 === "string")) ok = (0, import_validation.bad)(c, p + "/externalId", v4, import_constants.rule$2) && ok;
    const v5 = o1["firstName"];
    if (v5 !== void 0 && !(v5 === null || typeof v5 === "string")) ok = (0, import_validation.bad)(c, p + "/firstName", v5, import_constants.rule$2) && ok;
    const v6 = o1["lastName"];
    if (v6 !== void 0 && !(v6 === null || typeof v6 === "string")) ok = (0, import_validation.bad)(c, p + "/lastName", v6, import_constants.rule$2) && ok;
    const v7 = o1["role"];
    if (v7 !== void 0 && !(v7 === null || typeof v7 === "string")) ok = (0, import_validation.bad)(c, p + "/role", v7, import_constants.rule$2) && ok;
    const v8 = o1["source"];
    if (v8 !== void 0 && !(v8 === null || typeof v8 === "string")) ok = (0, import_validation.bad)(c, p + "/source", v8, import_constants.rule$2) && ok;
    const v9 = o1["sourceUrl"];
    if (v9 !== void 0 && !(v9 === null || typeof v9 === "string" && v9.length > 0 && (v9.length <= 200 || (0, import_validation.codePoints)(v9) <= 200) && (0, import_validation.isUri)(v9))) ok = (0, import_validation.bad)(c, p + "/sourceUrl", v9, import_constants.rule$28) && ok;
    if (c.scan) {
      for (const k10 in o1) {
        switch (k10) {
          case "contactId":
          case "company":
          case "externalId":
          case "firstName":
          case "lastName":
          case "role":
          case "source":
          case "sourceUrl":
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
const updateContactByIdRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o11 = v;
    const v12 = o11["data"];
    if (v12 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/data", "Contact");
    } else {
      if (!(0, import_models.checkContact)(v12, p + "/data", c)) ok = false;
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
const updateContactByIdResponse200 = /* @__PURE__ */ (0, import_validation.createValidator)(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskBadRequestError)(v, p, c)) ok = false;
  return ok;
}
const updateContactByIdResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const updateContactByIdResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskForbiddenError)(v, p, c)) ok = false;
  return ok;
}
const updateContactByIdResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskNotFoundError)(v, p, c)) ok = false;
  return ok;
}
const updateContactByIdResponse404 = /* @__PURE__ */ (0, import_validation.createValidator)(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskUnknownError)(v, p, c)) ok = false;
  return ok;
}
const updateContactByIdResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const updateContactByIdResponses = {
  200: updateContactByIdResponse200,
  400: updateContactByIdResponse400,
  401: updateContactByIdResponse401,
  403: updateContactByIdResponse403,
  404: updateContactByIdResponse404,
  500: updateContactByIdResponse500
};
const updateContactByIdChecks = {
  request: request$,
  responses: { 200: response$200 }
};
