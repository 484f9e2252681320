import { createValidator, fail, missing, unknownProperty } from "../runtime/validation.js";
import { checkContactCustomField, checkContactCustomFieldBadRequestError, checkContactCustomFieldForbiddenError, checkContactCustomFieldNotFoundError, checkContactCustomFieldUnauthorizedError, checkContactCustomFieldUnknownError } from "./models.js";
function request$(v, p, c) {
  if (v === void 0) return true;
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    if (c.scan) {
      for (const k2 in o1) {
        if (!unknownProperty(c, p, k2, o1[k2])) ok = false;
      }
    }
  }
  return ok;
}
const getContactCustomFieldsRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o3 = v;
    const v4 = o3["data"];
    if (v4 === void 0) {
      ok = missing(c, p + "/data", "array");
    } else {
      if (!Array.isArray(v4)) {
        ok = fail(c, p + "/data", "array", v4);
      } else {
        for (let i5 = 0; i5 < v4.length; i5++) {
          const v6 = v4[i5];
          if (!checkContactCustomField(v6, p + "/data/" + i5, c)) ok = false;
        }
      }
    }
    if (c.scan) {
      for (const k7 in o3) {
        switch (k7) {
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k7, o3[k7])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const getContactCustomFieldsResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkContactCustomFieldBadRequestError(v, p, c)) ok = false;
  return ok;
}
const getContactCustomFieldsResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkContactCustomFieldUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const getContactCustomFieldsResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkContactCustomFieldForbiddenError(v, p, c)) ok = false;
  return ok;
}
const getContactCustomFieldsResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkContactCustomFieldNotFoundError(v, p, c)) ok = false;
  return ok;
}
const getContactCustomFieldsResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkContactCustomFieldUnknownError(v, p, c)) ok = false;
  return ok;
}
const getContactCustomFieldsResponse500 = /* @__PURE__ */ createValidator(response$500, false);
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
export {
  getContactCustomFieldsChecks,
  getContactCustomFieldsRequest,
  getContactCustomFieldsResponse200,
  getContactCustomFieldsResponse400,
  getContactCustomFieldsResponse401,
  getContactCustomFieldsResponse403,
  getContactCustomFieldsResponse404,
  getContactCustomFieldsResponse500,
  getContactCustomFieldsResponses
};
