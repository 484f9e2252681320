import { bad, createValidator, fail, missing, unknownProperty } from "../runtime/validation.js";
import { rule$13, rule$34 } from "./constants.js";
import { checkAvailablePhoneNumbersBase, checkCallUnknownError, checkTaskBadRequestError, checkTaskForbiddenError, checkTaskNotFoundError, checkTaskUnauthorizedError } from "./models.js";
function request$(v, p, c) {
  if (v === void 0) return true;
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["areaCode"];
    if (v2 !== void 0 && !(typeof v2 === "string")) ok = bad(c, p + "/areaCode", v2, rule$13) && ok;
    const v3 = o1["contains"];
    if (v3 !== void 0 && !(typeof v3 === "string")) ok = bad(c, p + "/contains", v3, rule$13) && ok;
    const v4 = o1["countryCode"];
    if (v4 !== void 0 && !(typeof v4 === "string")) ok = bad(c, p + "/countryCode", v4, rule$13) && ok;
    const v5 = o1["inLocality"];
    if (v5 !== void 0 && !(typeof v5 === "string")) ok = bad(c, p + "/inLocality", v5, rule$13) && ok;
    const v6 = o1["inRegion"];
    if (v6 !== void 0 && !(typeof v6 === "string")) ok = bad(c, p + "/inRegion", v6, rule$13) && ok;
    const v7 = o1["tollFree"];
    if (v7 !== void 0 && !(typeof v7 === "boolean")) ok = bad(c, p + "/tollFree", v7, rule$34) && ok;
    if (c.scan) {
      for (const k8 in o1) {
        switch (k8) {
          case "areaCode":
          case "contains":
          case "countryCode":
          case "inLocality":
          case "inRegion":
          case "tollFree":
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
const getAvailablePhoneNumbersBaseRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o9 = v;
    const v10 = o9["data"];
    if (v10 === void 0) {
      ok = missing(c, p + "/data", "AvailablePhoneNumbersBase");
    } else {
      if (!checkAvailablePhoneNumbersBase(v10, p + "/data", c)) ok = false;
    }
    if (c.scan) {
      for (const k11 in o9) {
        switch (k11) {
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k11, o9[k11])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const getAvailablePhoneNumbersBaseResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkTaskBadRequestError(v, p, c)) ok = false;
  return ok;
}
const getAvailablePhoneNumbersBaseResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkTaskUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const getAvailablePhoneNumbersBaseResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkTaskForbiddenError(v, p, c)) ok = false;
  return ok;
}
const getAvailablePhoneNumbersBaseResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkTaskNotFoundError(v, p, c)) ok = false;
  return ok;
}
const getAvailablePhoneNumbersBaseResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkCallUnknownError(v, p, c)) ok = false;
  return ok;
}
const getAvailablePhoneNumbersBaseResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const getAvailablePhoneNumbersBaseResponses = {
  200: getAvailablePhoneNumbersBaseResponse200,
  400: getAvailablePhoneNumbersBaseResponse400,
  401: getAvailablePhoneNumbersBaseResponse401,
  403: getAvailablePhoneNumbersBaseResponse403,
  404: getAvailablePhoneNumbersBaseResponse404,
  500: getAvailablePhoneNumbersBaseResponse500
};
const getAvailablePhoneNumbersBaseChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  getAvailablePhoneNumbersBaseChecks,
  getAvailablePhoneNumbersBaseRequest,
  getAvailablePhoneNumbersBaseResponse200,
  getAvailablePhoneNumbersBaseResponse400,
  getAvailablePhoneNumbersBaseResponse401,
  getAvailablePhoneNumbersBaseResponse403,
  getAvailablePhoneNumbersBaseResponse404,
  getAvailablePhoneNumbersBaseResponse500,
  getAvailablePhoneNumbersBaseResponses
};
