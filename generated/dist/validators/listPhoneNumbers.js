import { bad, createValidator, fail, missing, unknownProperty } from "../runtime/validation.js";
import { pattern$1, rule$10 } from "./constants.js";
import { checkPhoneNumber, checkPhoneNumberBadRequestError, checkPhoneNumberForbiddenError, checkPhoneNumberNotFoundError, checkPhoneNumberUnauthorizedError, checkPhoneNumberUnknownError } from "./models.js";
function request$(v, p, c) {
  if (v === void 0) return true;
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["userId"];
    if (v2 !== void 0 && !(typeof v2 === "string" && pattern$1.test(v2))) ok = bad(c, p + "/userId", v2, rule$10) && ok;
    if (c.scan) {
      for (const k3 in o1) {
        switch (k3) {
          case "userId":
            break;
          default: {
            if (!unknownProperty(c, p, k3, o1[k3])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listPhoneNumbersRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o4 = v;
    const v5 = o4["data"];
    if (v5 === void 0) {
      ok = missing(c, p + "/data", "array");
    } else {
      if (!Array.isArray(v5)) {
        ok = fail(c, p + "/data", "array", v5);
      } else {
        for (let i6 = 0; i6 < v5.length; i6++) {
          const v7 = v5[i6];
          if (!checkPhoneNumber(v7, p + "/data/" + i6, c)) ok = false;
        }
      }
    }
    if (c.scan) {
      for (const k8 in o4) {
        switch (k8) {
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k8, o4[k8])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listPhoneNumbersResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkPhoneNumberBadRequestError(v, p, c)) ok = false;
  return ok;
}
const listPhoneNumbersResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkPhoneNumberUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const listPhoneNumbersResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkPhoneNumberForbiddenError(v, p, c)) ok = false;
  return ok;
}
const listPhoneNumbersResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkPhoneNumberNotFoundError(v, p, c)) ok = false;
  return ok;
}
const listPhoneNumbersResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkPhoneNumberUnknownError(v, p, c)) ok = false;
  return ok;
}
const listPhoneNumbersResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const listPhoneNumbersResponses = {
  200: listPhoneNumbersResponse200,
  400: listPhoneNumbersResponse400,
  401: listPhoneNumbersResponse401,
  403: listPhoneNumbersResponse403,
  404: listPhoneNumbersResponse404,
  500: listPhoneNumbersResponse500
};
const listPhoneNumbersChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  listPhoneNumbersChecks,
  listPhoneNumbersRequest,
  listPhoneNumbersResponse200,
  listPhoneNumbersResponse400,
  listPhoneNumbersResponse401,
  listPhoneNumbersResponse403,
  listPhoneNumbersResponse404,
  listPhoneNumbersResponse500,
  listPhoneNumbersResponses
};
