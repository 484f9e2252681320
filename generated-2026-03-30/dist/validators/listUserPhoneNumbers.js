import { bad, createValidator, fail, hasDuplicates, missing, unknownProperty } from "../runtime/validation.js";
import { pattern$1, rule$13, rule$2, rule$30, rule$65, rule$69 } from "./constants.js";
import { checkCallUnknownError, checkPhoneNumber, checkTaskBadRequestError, checkTaskForbiddenError, checkTaskUnauthorizedError } from "./models.js";
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["userId"];
    if (!(typeof v2 === "string" && pattern$1.test(v2))) ok = bad(c, p + "/userId", v2, rule$30, true) && ok;
    const v3 = o1["after"];
    if (v3 !== void 0 && !(typeof v3 === "string")) ok = bad(c, p + "/after", v3, rule$13) && ok;
    const v4 = o1["include"];
    if (v4 !== void 0) {
      if (!Array.isArray(v4)) {
        ok = fail(c, p + "/include", "array", v4);
      } else if (v4.length > 1) {
        ok = fail(c, p + "/include", "array of at most 1 item", v4);
      } else if (hasDuplicates(v4)) {
        ok = fail(c, p + "/include", "array of unique items", v4);
      } else {
        for (let i5 = 0; i5 < v4.length; i5++) {
          const v6 = v4[i5];
          if (!(v6 === "restrictions")) ok = bad(c, p + "/include/" + i5, v6, rule$69) && ok;
        }
      }
    }
    const v7 = o1["limit"];
    if (v7 !== void 0 && !(typeof v7 === "number" && Number.isInteger(v7) && v7 >= 1 && v7 <= 50)) ok = bad(c, p + "/limit", v7, rule$65) && ok;
    if (c.scan) {
      for (const k8 in o1) {
        switch (k8) {
          case "userId":
          case "after":
          case "include":
          case "limit":
            break;
          default: {
            if (!unknownProperty(c, p, k8, o1[k8])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listUserPhoneNumbersRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o9 = v;
    const v10 = o9["data"];
    if (v10 === void 0) {
      ok = missing(c, p + "/data", "array");
    } else {
      if (!Array.isArray(v10)) {
        ok = fail(c, p + "/data", "array", v10);
      } else {
        for (let i11 = 0; i11 < v10.length; i11++) {
          const v12 = v10[i11];
          if (!checkPhoneNumber(v12, p + "/data/" + i11, c)) ok = false;
        }
      }
    }
    const v13 = o9["nextCursor"];
    if (!(v13 === null || typeof v13 === "string")) ok = bad(c, p + "/nextCursor", v13, rule$2, true) && ok;
    if (c.scan) {
      for (const k14 in o9) {
        switch (k14) {
          case "data":
          case "nextCursor":
            break;
          default: {
            if (!unknownProperty(c, p, k14, o9[k14])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listUserPhoneNumbersResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkTaskBadRequestError(v, p, c)) ok = false;
  return ok;
}
const listUserPhoneNumbersResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkTaskUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const listUserPhoneNumbersResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkTaskForbiddenError(v, p, c)) ok = false;
  return ok;
}
const listUserPhoneNumbersResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkCallUnknownError(v, p, c)) ok = false;
  return ok;
}
const listUserPhoneNumbersResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const listUserPhoneNumbersResponses = {
  200: listUserPhoneNumbersResponse200,
  400: listUserPhoneNumbersResponse400,
  401: listUserPhoneNumbersResponse401,
  403: listUserPhoneNumbersResponse403,
  500: listUserPhoneNumbersResponse500
};
const listUserPhoneNumbersChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  listUserPhoneNumbersChecks,
  listUserPhoneNumbersRequest,
  listUserPhoneNumbersResponse200,
  listUserPhoneNumbersResponse400,
  listUserPhoneNumbersResponse401,
  listUserPhoneNumbersResponse403,
  listUserPhoneNumbersResponse500,
  listUserPhoneNumbersResponses
};
