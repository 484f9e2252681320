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
  listContactsResponse500: () => listContactsResponse500,
  listContactsResponses: () => listContactsResponses
});
module.exports = __toCommonJS(listContacts_exports);
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
    const v3 = o1["externalId"];
    if (v3 !== void 0) {
      const p4 = p + "/externalId";
      c.quiet++;
      const m5 = typeof v3 === "string" ? 0 : (0, import_models.checkSource)(v3, p4, c) ? 1 : -1;
      c.quiet--;
      if (m5 === -1) {
        ok = (0, import_validation.fail)(c, p + "/externalId", "string or Source", v3);
      } else if (c.quiet === 0 && c.onUnknown !== void 0) {
        if (m5 === 1) (0, import_models.checkSource)(v3, p4, c);
      }
    }
    const v6 = o1["limit"];
    if (v6 !== void 0 && !(typeof v6 === "number" && Number.isInteger(v6) && v6 >= 1 && v6 <= 50)) ok = (0, import_validation.bad)(c, p + "/limit", v6, import_constants.rule$65) && ok;
    const v7 = o1["source"];
    if (v7 !== void 0) {
      const p8 = p + "/source";
      c.quiet++;
      const m9 = typeof v7 === "string" ? 0 : (0, import_models.checkSource)(v7, p8, c) ? 1 : -1;
      c.quiet--;
      if (m9 === -1) {
        ok = (0, import_validation.fail)(c, p + "/source", "string or Source", v7);
      } else if (c.quiet === 0 && c.onUnknown !== void 0) {
        if (m9 === 1) (0, import_models.checkSource)(v7, p8, c);
      }
    }
    if (c.scan) {
      for (const k10 in o1) {
        switch (k10) {
          case "after":
          case "externalId":
          case "limit":
          case "source":
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
    const v15 = o11["nextCursor"];
    if (!(v15 === null || typeof v15 === "string")) ok = (0, import_validation.bad)(c, p + "/nextCursor", v15, import_constants.rule$2, true) && ok;
    if (c.scan) {
      for (const k16 in o11) {
        switch (k16) {
          case "data":
          case "nextCursor":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k16, o11[k16])) ok = false;
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
  if (!(0, import_models.checkTaskBadRequestError)(v, p, c)) ok = false;
  return ok;
}
const listContactsResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const listContactsResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskForbiddenError)(v, p, c)) ok = false;
  return ok;
}
const listContactsResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskNotFoundError)(v, p, c)) ok = false;
  return ok;
}
const listContactsResponse404 = /* @__PURE__ */ (0, import_validation.createValidator)(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskUnknownError)(v, p, c)) ok = false;
  return ok;
}
const listContactsResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const listContactsResponses = {
  200: listContactsResponse200,
  400: listContactsResponse400,
  401: listContactsResponse401,
  403: listContactsResponse403,
  404: listContactsResponse404,
  500: listContactsResponse500
};
const listContactsChecks = {
  request: request$,
  responses: { 200: response$200 }
};
