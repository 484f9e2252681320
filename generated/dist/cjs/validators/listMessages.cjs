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
var listMessages_exports = {};
__export(listMessages_exports, {
  listMessagesChecks: () => listMessagesChecks,
  listMessagesRequest: () => listMessagesRequest,
  listMessagesResponse200: () => listMessagesResponse200,
  listMessagesResponse400: () => listMessagesResponse400,
  listMessagesResponse401: () => listMessagesResponse401,
  listMessagesResponse402: () => listMessagesResponse402,
  listMessagesResponse403: () => listMessagesResponse403,
  listMessagesResponse404: () => listMessagesResponse404,
  listMessagesResponse500: () => listMessagesResponse500,
  listMessagesResponses: () => listMessagesResponses
});
module.exports = __toCommonJS(listMessages_exports);
var import_validation = require("../runtime/validation.cjs");
var import_constants = require("./constants.cjs");
var import_models = require("./models.cjs");
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["createdAfter"];
    if (v2 !== void 0 && !(typeof v2 === "string" && (0, import_validation.isDateTime)(v2))) ok = (0, import_validation.bad)(c, p + "/createdAfter", v2, import_constants.rule$2) && ok;
    const v3 = o1["createdBefore"];
    if (v3 !== void 0 && !(typeof v3 === "string" && (0, import_validation.isDateTime)(v3))) ok = (0, import_validation.bad)(c, p + "/createdBefore", v3, import_constants.rule$2) && ok;
    const v4 = o1["maxResults"];
    if (v4 !== void 0 && !(typeof v4 === "number" && Number.isInteger(v4) && v4 >= 1 && v4 <= 100)) ok = (0, import_validation.bad)(c, p + "/maxResults", v4, import_constants.rule$117) && ok;
    const v5 = o1["pageToken"];
    if (v5 !== void 0 && !(typeof v5 === "string")) ok = (0, import_validation.bad)(c, p + "/pageToken", v5, import_constants.rule$13) && ok;
    const v6 = o1["participants"];
    if (v6 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/participants", "array");
    } else {
      if (!Array.isArray(v6)) {
        ok = (0, import_validation.fail)(c, p + "/participants", "array", v6);
      } else {
        for (let i7 = 0; i7 < v6.length; i7++) {
          const v8 = v6[i7];
          if (!(typeof v8 === "string" && import_constants.pattern$0.test(v8))) ok = (0, import_validation.bad)(c, p + "/participants/" + i7, v8, import_constants.rule$7) && ok;
        }
      }
    }
    const v9 = o1["phoneNumberId"];
    if (!(typeof v9 === "string" && import_constants.pattern$3.test(v9))) ok = (0, import_validation.bad)(c, p + "/phoneNumberId", v9, import_constants.rule$8, true) && ok;
    const v10 = o1["since"];
    if (v10 !== void 0 && !(typeof v10 === "string" && (0, import_validation.isDateTime)(v10))) ok = (0, import_validation.bad)(c, p + "/since", v10, import_constants.rule$2) && ok;
    const v11 = o1["userId"];
    if (v11 !== void 0 && !(typeof v11 === "string" && import_constants.pattern$1.test(v11))) ok = (0, import_validation.bad)(c, p + "/userId", v11, import_constants.rule$10) && ok;
    if (c.scan) {
      for (const k12 in o1) {
        switch (k12) {
          case "createdAfter":
          case "createdBefore":
          case "maxResults":
          case "pageToken":
          case "participants":
          case "phoneNumberId":
          case "since":
          case "userId":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k12, o1[k12])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listMessagesRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o13 = v;
    const v14 = o13["data"];
    if (v14 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/data", "array");
    } else {
      if (!Array.isArray(v14)) {
        ok = (0, import_validation.fail)(c, p + "/data", "array", v14);
      } else {
        for (let i15 = 0; i15 < v14.length; i15++) {
          const v16 = v14[i15];
          if (!(0, import_models.checkMessage)(v16, p + "/data/" + i15, c)) ok = false;
        }
      }
    }
    const v17 = o13["nextPageToken"];
    if (!(v17 === null || typeof v17 === "string")) ok = (0, import_validation.bad)(c, p + "/nextPageToken", v17, import_constants.rule$1, true) && ok;
    const v18 = o13["totalItems"];
    if (!(typeof v18 === "number" && Number.isInteger(v18))) ok = (0, import_validation.bad)(c, p + "/totalItems", v18, import_constants.rule$4, true) && ok;
    if (c.scan) {
      for (const k19 in o13) {
        switch (k19) {
          case "data":
          case "nextPageToken":
          case "totalItems":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k19, o13[k19])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listMessagesResponse200 = /* @__PURE__ */ (0, import_validation.createValidator)(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkMessageA2PRegistrationNotApprovedError)(v, p, c)) ok = false;
  return ok;
}
const listMessagesResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkMessageUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const listMessagesResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$402(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkMessageNotEnoughCreditsError)(v, p, c)) ok = false;
  return ok;
}
const listMessagesResponse402 = /* @__PURE__ */ (0, import_validation.createValidator)(response$402, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkMessageNotPhoneNumberUserError)(v, p, c)) ok = false;
  return ok;
}
const listMessagesResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkMessageNotFoundError)(v, p, c)) ok = false;
  return ok;
}
const listMessagesResponse404 = /* @__PURE__ */ (0, import_validation.createValidator)(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkMessageUnknownError)(v, p, c)) ok = false;
  return ok;
}
const listMessagesResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const listMessagesResponses = {
  200: listMessagesResponse200,
  400: listMessagesResponse400,
  401: listMessagesResponse401,
  402: listMessagesResponse402,
  403: listMessagesResponse403,
  404: listMessagesResponse404,
  500: listMessagesResponse500
};
const listMessagesChecks = {
  request: request$,
  responses: { 200: response$200 }
};
