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
var listConversations_exports = {};
__export(listConversations_exports, {
  listConversationsRequest: () => listConversationsRequest,
  listConversationsResponse200: () => listConversationsResponse200,
  listConversationsResponse400: () => listConversationsResponse400,
  listConversationsResponse401: () => listConversationsResponse401,
  listConversationsResponse403: () => listConversationsResponse403,
  listConversationsResponse404: () => listConversationsResponse404,
  listConversationsResponse500: () => listConversationsResponse500,
  listConversationsResponses: () => listConversationsResponses
});
module.exports = __toCommonJS(listConversations_exports);
var import_validation = require("../runtime/validation.cjs");
var import_models = require("./models.cjs");
const pattern$0 = /* @__PURE__ */ new RegExp("^\\+[1-9]\\d{1,14}$", "u");
const pattern$1 = /* @__PURE__ */ new RegExp("^PN(.*)$", "u");
const pattern$2 = /* @__PURE__ */ new RegExp("^US(.*)$", "u");
function request$(v, p, c) {
  if (v === void 0) return true;
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["createdAfter"];
    if (v2 !== void 0) {
      if (typeof v2 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/createdAfter", "string", v2);
      } else if (!(0, import_validation.isDateTime)(v2)) {
        ok = (0, import_validation.fail)(c, p + "/createdAfter", "date-time (RFC 3339)", v2);
      }
    }
    const v3 = o1["createdBefore"];
    if (v3 !== void 0) {
      if (typeof v3 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/createdBefore", "string", v3);
      } else if (!(0, import_validation.isDateTime)(v3)) {
        ok = (0, import_validation.fail)(c, p + "/createdBefore", "date-time (RFC 3339)", v3);
      }
    }
    const v4 = o1["excludeInactive"];
    if (v4 !== void 0) {
      if (typeof v4 !== "boolean") {
        ok = (0, import_validation.fail)(c, p + "/excludeInactive", "boolean", v4);
      }
    }
    const v5 = o1["maxResults"];
    if (v5 !== void 0) {
      if (typeof v5 !== "number" || !Number.isInteger(v5)) {
        ok = (0, import_validation.fail)(c, p + "/maxResults", "integer", v5);
      } else if (!(v5 >= 1)) {
        ok = (0, import_validation.fail)(c, p + "/maxResults", "number >= 1", v5);
      } else if (!(v5 <= 100)) {
        ok = (0, import_validation.fail)(c, p + "/maxResults", "number <= 100", v5);
      }
    }
    const v6 = o1["pageToken"];
    if (v6 !== void 0) {
      if (typeof v6 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/pageToken", "string", v6);
      }
    }
    const v7 = o1["phoneNumber"];
    if (v7 !== void 0) {
      if (!(typeof v7 === "string" && pattern$0.test(v7) || typeof v7 === "string" && pattern$1.test(v7))) {
        ok = (0, import_validation.fail)(c, p + "/phoneNumber", "string matching /^\\+[1-9]\\d{1,14}$/ or string matching /^PN(.*)$/", v7);
      }
    }
    const v8 = o1["phoneNumbers"];
    if (v8 !== void 0) {
      if (!Array.isArray(v8)) {
        ok = (0, import_validation.fail)(c, p + "/phoneNumbers", "array", v8);
      } else if (v8.length < 1) {
        ok = (0, import_validation.fail)(c, p + "/phoneNumbers", "array of 1 to 100 items", v8);
      } else if (v8.length > 100) {
        ok = (0, import_validation.fail)(c, p + "/phoneNumbers", "array of 1 to 100 items", v8);
      } else {
        for (let i9 = 0; i9 < v8.length; i9++) {
          const v10 = v8[i9];
          if (!(typeof v10 === "string" && pattern$0.test(v10) || typeof v10 === "string" && pattern$1.test(v10))) {
            ok = (0, import_validation.fail)(c, p + "/phoneNumbers/" + i9, "string matching /^\\+[1-9]\\d{1,14}$/ or string matching /^PN(.*)$/", v10);
          }
        }
      }
    }
    const v11 = o1["updatedAfter"];
    if (v11 !== void 0) {
      if (typeof v11 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/updatedAfter", "string", v11);
      } else if (!(0, import_validation.isDateTime)(v11)) {
        ok = (0, import_validation.fail)(c, p + "/updatedAfter", "date-time (RFC 3339)", v11);
      }
    }
    const v12 = o1["updatedBefore"];
    if (v12 !== void 0) {
      if (typeof v12 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/updatedBefore", "string", v12);
      } else if (!(0, import_validation.isDateTime)(v12)) {
        ok = (0, import_validation.fail)(c, p + "/updatedBefore", "date-time (RFC 3339)", v12);
      }
    }
    const v13 = o1["userId"];
    if (v13 !== void 0) {
      if (typeof v13 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/userId", "string", v13);
      } else if (!pattern$2.test(v13)) {
        ok = (0, import_validation.fail)(c, p + "/userId", "string matching /^US(.*)$/", v13);
      }
    }
    if (c.scan) {
      for (const k14 in o1) {
        switch (k14) {
          case "createdAfter":
          case "createdBefore":
          case "excludeInactive":
          case "maxResults":
          case "pageToken":
          case "phoneNumber":
          case "phoneNumbers":
          case "updatedAfter":
          case "updatedBefore":
          case "userId":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k14, o1[k14])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listConversationsRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o15 = v;
    const v16 = o15["data"];
    if (v16 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/data", "array");
    } else {
      if (!Array.isArray(v16)) {
        ok = (0, import_validation.fail)(c, p + "/data", "array", v16);
      } else {
        for (let i17 = 0; i17 < v16.length; i17++) {
          const v18 = v16[i17];
          if (!(0, import_models.checkConversation)(v18, p + "/data/" + i17, c)) ok = false;
        }
      }
    }
    const v19 = o15["nextPageToken"];
    if (v19 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/nextPageToken", "string or null");
    } else {
      if (v19 !== null) {
        if (typeof v19 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/nextPageToken", "string or null", v19);
        }
      }
    }
    const v20 = o15["totalItems"];
    if (v20 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/totalItems", "integer");
    } else {
      if (typeof v20 !== "number" || !Number.isInteger(v20)) {
        ok = (0, import_validation.fail)(c, p + "/totalItems", "integer", v20);
      }
    }
    if (c.scan) {
      for (const k21 in o15) {
        switch (k21) {
          case "data":
          case "nextPageToken":
          case "totalItems":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k21, o15[k21])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listConversationsResponse200 = /* @__PURE__ */ (0, import_validation.createValidator)(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkConversationBadRequestError)(v, p, c)) ok = false;
  return ok;
}
const listConversationsResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkConversationUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const listConversationsResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkConversationNotPhoneNumberUserError)(v, p, c)) ok = false;
  return ok;
}
const listConversationsResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkConversationNotFoundError)(v, p, c)) ok = false;
  return ok;
}
const listConversationsResponse404 = /* @__PURE__ */ (0, import_validation.createValidator)(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkConversationUnknownError)(v, p, c)) ok = false;
  return ok;
}
const listConversationsResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const listConversationsResponses = {
  200: listConversationsResponse200,
  400: listConversationsResponse400,
  401: listConversationsResponse401,
  403: listConversationsResponse403,
  404: listConversationsResponse404,
  500: listConversationsResponse500
};
