import { bad, createValidator, fail, missing, unknownProperty } from "../runtime/validation.js";
import { rule$13 } from "./constants.js";
import { checkContactProperty, checkTaskBadRequestError, checkTaskForbiddenError, checkTaskNotFoundError, checkTaskUnauthorizedError, checkTaskUnknownError } from "./models.js";
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["contactId"];
    if (!(typeof v2 === "string")) ok = bad(c, p + "/contactId", v2, rule$13, true) && ok;
    const v3 = o1["propertyId"];
    if (!(typeof v3 === "string")) ok = bad(c, p + "/propertyId", v3, rule$13, true) && ok;
    if (c.scan) {
      for (const k4 in o1) {
        switch (k4) {
          case "contactId":
          case "propertyId":
            break;
          default: {
            if (!unknownProperty(c, p, k4, o1[k4])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const getContactPropertyRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o5 = v;
    const v6 = o5["data"];
    if (v6 === void 0) {
      ok = missing(c, p + "/data", "ContactProperty");
    } else {
      if (!checkContactProperty(v6, p + "/data", c)) ok = false;
    }
    if (c.scan) {
      for (const k7 in o5) {
        switch (k7) {
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k7, o5[k7])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const getContactPropertyResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkTaskBadRequestError(v, p, c)) ok = false;
  return ok;
}
const getContactPropertyResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkTaskUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const getContactPropertyResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkTaskForbiddenError(v, p, c)) ok = false;
  return ok;
}
const getContactPropertyResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkTaskNotFoundError(v, p, c)) ok = false;
  return ok;
}
const getContactPropertyResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkTaskUnknownError(v, p, c)) ok = false;
  return ok;
}
const getContactPropertyResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const getContactPropertyResponses = {
  200: getContactPropertyResponse200,
  400: getContactPropertyResponse400,
  401: getContactPropertyResponse401,
  403: getContactPropertyResponse403,
  404: getContactPropertyResponse404,
  500: getContactPropertyResponse500
};
const getContactPropertyChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  getContactPropertyChecks,
  getContactPropertyRequest,
  getContactPropertyResponse200,
  getContactPropertyResponse400,
  getContactPropertyResponse401,
  getContactPropertyResponse403,
  getContactPropertyResponse404,
  getContactPropertyResponse500,
  getContactPropertyResponses
};
