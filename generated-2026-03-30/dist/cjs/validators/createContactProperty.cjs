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
var createContactProperty_exports = {};
__export(createContactProperty_exports, {
  createContactPropertyChecks: () => createContactPropertyChecks,
  createContactPropertyRequest: () => createContactPropertyRequest,
  createContactPropertyResponse200: () => createContactPropertyResponse200,
  createContactPropertyResponse400: () => createContactPropertyResponse400,
  createContactPropertyResponse401: () => createContactPropertyResponse401,
  createContactPropertyResponse403: () => createContactPropertyResponse403,
  createContactPropertyResponse404: () => createContactPropertyResponse404,
  createContactPropertyResponse500: () => createContactPropertyResponse500,
  createContactPropertyResponses: () => createContactPropertyResponses
});
module.exports = __toCommonJS(createContactProperty_exports);
var import_validation = require("../runtime/validation.cjs");
var import_constants = require("./constants.cjs");
var import_models = require("./models.cjs");
function variant$8(v, p, c) {
  let ok = true;
  if (!Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "array", v);
  } else {
    for (let i9 = 0; i9 < v.length; i9++) {
      const v10 = v[i9];
      if (!(typeof v10 === "string")) ok = (0, import_validation.bad)(c, p + "/" + i9, v10, import_constants.rule$13) && ok;
    }
  }
  return ok;
}
function variant$11(v, p, c) {
  let ok = true;
  if (!Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "array", v);
  } else {
    for (let i12 = 0; i12 < v.length; i12++) {
      const v13 = v[i12];
      if (!Array.isArray(v13)) {
        ok = (0, import_validation.fail)(c, p + "/" + i12, "array", v13);
      } else {
        for (let i14 = 0; i14 < v13.length; i14++) {
          const v15 = v13[i14];
          if (!(typeof v15 === "string")) ok = (0, import_validation.bad)(c, p + "/" + i12 + "/" + i14, v15, import_constants.rule$13) && ok;
        }
      }
    }
  }
  return ok;
}
function variant$16(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o17 = v;
  }
  return ok;
}
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["contactId"];
    if (!(typeof v2 === "string")) ok = (0, import_validation.bad)(c, p + "/contactId", v2, import_constants.rule$13, true) && ok;
    const v3 = o1["name"];
    if (v3 !== void 0 && !(v3 === null || typeof v3 === "string")) ok = (0, import_validation.bad)(c, p + "/name", v3, import_constants.rule$2) && ok;
    const v4 = o1["type"];
    if (!(typeof v4 === "string")) ok = (0, import_validation.bad)(c, p + "/type", v4, import_constants.rule$13, true) && ok;
    const v5 = o1["value"];
    if (v5 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/value", "string or boolean or number or array or array or object");
    } else {
      const p6 = p + "/value";
      c.quiet++;
      const m7 = typeof v5 === "string" ? 0 : typeof v5 === "boolean" ? 1 : typeof v5 === "number" && Number.isFinite(v5) ? 2 : variant$8(v5, p6, c) ? 3 : variant$11(v5, p6, c) ? 4 : variant$16(v5, p6, c) ? 5 : -1;
      c.quiet--;
      if (m7 === -1) {
        ok = (0, import_validation.fail)(c, p + "/value", "string or boolean or number or array or array or object", v5);
      } else if (c.quiet === 0 && c.onUnknown !== void 0) {
        if (m7 === 3) variant$8(v5, p6, c);
        if (m7 === 4) variant$11(v5, p6, c);
        if (m7 === 5) variant$16(v5, p6, c);
      }
    }
    if (c.scan) {
      for (const k19 in o1) {
        switch (k19) {
          case "contactId":
          case "name":
          case "type":
          case "value":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k19, o1[k19])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const createContactPropertyRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o20 = v;
    const v21 = o20["data"];
    if (v21 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/data", "ContactProperty");
    } else {
      if (!(0, import_models.checkContactProperty)(v21, p + "/data", c)) ok = false;
    }
    if (c.scan) {
      for (const k22 in o20) {
        switch (k22) {
          case "data":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k22, o20[k22])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const createContactPropertyResponse200 = /* @__PURE__ */ (0, import_validation.createValidator)(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskBadRequestError)(v, p, c)) ok = false;
  return ok;
}
const createContactPropertyResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const createContactPropertyResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskForbiddenError)(v, p, c)) ok = false;
  return ok;
}
const createContactPropertyResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskNotFoundError)(v, p, c)) ok = false;
  return ok;
}
const createContactPropertyResponse404 = /* @__PURE__ */ (0, import_validation.createValidator)(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskUnknownError)(v, p, c)) ok = false;
  return ok;
}
const createContactPropertyResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const createContactPropertyResponses = {
  200: createContactPropertyResponse200,
  400: createContactPropertyResponse400,
  401: createContactPropertyResponse401,
  403: createContactPropertyResponse403,
  404: createContactPropertyResponse404,
  500: createContactPropertyResponse500
};
const createContactPropertyChecks = {
  request: request$,
  responses: { 200: response$200 }
};
