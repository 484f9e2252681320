import { bad, createValidator, fail, hasDuplicates, missing, unknownProperty } from "../runtime/validation.js";
import { pattern$3, rule$36, rule$66 } from "./constants.js";
import { checkCallUnknownError, checkGetPhoneNumberByIdPhoneNumber, checkTaskBadRequestError, checkTaskForbiddenError, checkTaskNotFoundError, checkTaskUnauthorizedError } from "./models.js";
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["phoneNumberId"];
    if (!(typeof v2 === "string" && pattern$3.test(v2))) ok = bad(c, p + "/phoneNumberId", v2, rule$36, true) && ok;
    const v3 = o1["include"];
    if (v3 !== void 0) {
      if (!Array.isArray(v3)) {
        ok = fail(c, p + "/include", "array", v3);
      } else if (v3.length > 2) {
        ok = fail(c, p + "/include", "array of at most 2 items", v3);
      } else if (hasDuplicates(v3)) {
        ok = fail(c, p + "/include", "array of unique items", v3);
      } else {
        for (let i4 = 0; i4 < v3.length; i4++) {
          const v5 = v3[i4];
          if (!(v5 === "restrictions" || v5 === "businessHours")) ok = bad(c, p + "/include/" + i4, v5, rule$66) && ok;
        }
      }
    }
    if (c.scan) {
      for (const k6 in o1) {
        switch (k6) {
          case "phoneNumberId":
          case "include":
            break;
          default: {
            if (!unknownProperty(c, p, k6, o1[k6])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const getPhoneNumberByIdRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o7 = v;
    const v8 = o7["data"];
    if (v8 === void 0) {
      ok = missing(c, p + "/data", "GetPhoneNumberByIdPhoneNumber");
    } else {
      if (!checkGetPhoneNumberByIdPhoneNumber(v8, p + "/data", c)) ok = false;
    }
    if (c.scan) {
      for (const k9 in o7) {
        switch (k9) {
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k9, o7[k9])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const getPhoneNumberByIdResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkTaskBadRequestError(v, p, c)) ok = false;
  return ok;
}
const getPhoneNumberByIdResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkTaskUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const getPhoneNumberByIdResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkTaskForbiddenError(v, p, c)) ok = false;
  return ok;
}
const getPhoneNumberByIdResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkTaskNotFoundError(v, p, c)) ok = false;
  return ok;
}
const getPhoneNumberByIdResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkCallUnknownError(v, p, c)) ok = false;
  return ok;
}
const getPhoneNumberByIdResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const getPhoneNumberByIdResponses = {
  200: getPhoneNumberByIdResponse200,
  400: getPhoneNumberByIdResponse400,
  401: getPhoneNumberByIdResponse401,
  403: getPhoneNumberByIdResponse403,
  404: getPhoneNumberByIdResponse404,
  500: getPhoneNumberByIdResponse500
};
const getPhoneNumberByIdChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  getPhoneNumberByIdChecks,
  getPhoneNumberByIdRequest,
  getPhoneNumberByIdResponse200,
  getPhoneNumberByIdResponse400,
  getPhoneNumberByIdResponse401,
  getPhoneNumberByIdResponse403,
  getPhoneNumberByIdResponse404,
  getPhoneNumberByIdResponse500,
  getPhoneNumberByIdResponses
};
