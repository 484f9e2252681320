import { createValidator, fail, missing, unknownProperty } from "../runtime/validation.js";
import { checkCallUnknownError, checkOrganization, checkTaskUnauthorizedError } from "./models.js";
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
const getOrganizationRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o3 = v;
    const v4 = o3["data"];
    if (v4 === void 0) {
      ok = missing(c, p + "/data", "Organization");
    } else {
      if (!checkOrganization(v4, p + "/data", c)) ok = false;
    }
    if (c.scan) {
      for (const k5 in o3) {
        switch (k5) {
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k5, o3[k5])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const getOrganizationResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkTaskUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const getOrganizationResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkCallUnknownError(v, p, c)) ok = false;
  return ok;
}
const getOrganizationResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const getOrganizationResponses = {
  200: getOrganizationResponse200,
  401: getOrganizationResponse401,
  500: getOrganizationResponse500
};
const getOrganizationChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  getOrganizationChecks,
  getOrganizationRequest,
  getOrganizationResponse200,
  getOrganizationResponse401,
  getOrganizationResponse500,
  getOrganizationResponses
};
