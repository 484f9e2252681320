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
var listContacts_exports = {};
__export(listContacts_exports, {
  listContactsChecks: () => listContactsChecks,
  listContactsRequest: () => listContactsRequest,
  listContactsResponse200: () => listContactsResponse200,
  listContactsResponse400: () => listContactsResponse400,
  listContactsResponse401: () => listContactsResponse401,
  listContactsResponse403: () => listContactsResponse403,
  listContactsResponse404: () => listContactsResponse404,
  listContactsResponse409: () => listContactsResponse409,
  listContactsResponse500: () => listContactsResponse500,
  listContactsResponses: () => listContactsResponses
});
module.exports = __toCommonJS(listContacts_exports);
var import_validation = require("../runtime/validation.cjs");
var import_constants = require("./constants.cjs");
var import_models = require("./models.cjs");
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["externalIds"];
    if (v2 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/externalIds", "array");
    } else {
      if (!Array.isArray(v2)) {
        ok = (0, import_validation.fail)(c, p + "/externalIds", "array", v2);
      } else {
        for (let i3 = 0; i3 < v2.length; i3++) {
          const v4 = v2[i3];
          if (!(typeof v4 === "string" && v4.length > 0 && (v4.length <= 75 || (0, import_validation.codePoints)(v4) <= 75))) ok = (0, import_validation.bad)(c, p + "/externalIds/" + i3, v4, import_constants.rule$119) && ok;
        }
      }
    }
    const v5 = o1["maxResults"];
    if (v5 !== void 0 && !(typeof v5 === "number" && Number.isInteger(v5) && v5 >= 1 && v5 <= 50)) ok = (0, import_validation.bad)(c, p + "/maxResults", v5, import_constants.rule$120) && ok;
    const v6 = o1["pageToken"];
    if (v6 !== void 0 && !(typeof v6 === "string")) ok = (0, import_validation.bad)(c, p + "/pageToken", v6, import_constants.rule$13) && ok;
    const v7 = o1["sources"];
    if (v7 !== void 0) {
      if (!Array.isArray(v7)) {
        ok = (0, import_validation.fail)(c, p + "/sources", "array", v7);
      } else {
        for (let i8 = 0; i8 < v7.length; i8++) {
          const v9 = v7[i8];
          if (!(typeof v9 === "string" && v9.length > 0 && (v9.length <= 75 || (0, import_validation.codePoints)(v9) <= 75))) ok = (0, import_validation.bad)(c, p + "/sources/" + i8, v9, import_constants.rule$119) && ok;
        }
      }
    }
    if (c.scan) {
      for (const k10 in o1) {
        switch (k10) {
          case "externalIds":
          case "maxResults":
          case "pageToken":
          case "sources":
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
const listContactsRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o11 = v;
    const v12 = o11["data"];
    if (v12 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/data", "array");
    } else {
      if (!Array.isArray(v12)) {
        ok = (0, import_validation.fail)(c, p + "/data", "array", v12);
      } else {
        for (let i13 = 0; i13 < v12.length; i13++) {
          const v14 = v12[i13];
          if (!(0, import_models.checkContact)(v14, p + "/data/" + i13, c)) ok = false;
        }
      }
    }
    const v15 = o11["nextPageToken"];
    if (!(v15 === null || typeof v15 === "string")) ok = (0, import_validation.bad)(c, p + "/nextPageToken", v15, import_constants.rule$1, true) && ok;
    const v16 = o11["totalItems"];
    if (!(typeof v16 === "number" && Number.isInteger(v16))) ok = (0, import_validation.bad)(c, p + "/totalItems", v16, import_constants.rule$4, true) && ok;
    if (c.scan) {
      for (const k17 in o11) {
        switch (k17) {
          case "data":
          case "nextPageToken":
          case "totalItems":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k17, o11[k17])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listContactsResponse200 = /* @__PURE__ */ (0, import_validation.createValidator)(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkContactInvalidCustomFieldItemError)(v, p, c)) ok = false;
  return ok;
}
const listContactsResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkContactUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const listContactsResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkContactNotPhoneNumberUserError)(v, p, c)) ok = false;
  return ok;
}
const listContactsResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkContactNotFoundError)(v, p, c)) ok = false;
  return ok;
}
const listContactsResponse404 = /* @__PURE__ */ (0, import_validation.createValidator)(response$404, false);
function response$409(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkContactConflictError)(v, p, c)) ok = false;
  return ok;
}
const listContactsResponse409 = /* @__PURE__ */ (0, import_validation.createValidator)(response$409, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkContactUnknownError)(v, p, c)) ok = false;
  return ok;
}
const listContactsResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const listContactsResponses = {
  200: listContactsResponse200,
  400: listContactsResponse400,
  401: listContactsResponse401,
  403: listContactsResponse403,
  404: listContactsResponse404,
  409: listContactsResponse409,
  500: listContactsResponse500
};
const listContactsChecks = {
  request: request$,
  responses: { 200: response$200 }
};
