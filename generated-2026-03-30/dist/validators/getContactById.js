import { bad, createValidator, fail, missing, unknownProperty } from "../runtime/validation.js";
import { rule$13 } from "./constants.js";
import { checkContact, checkTaskBadRequestError, checkTaskForbiddenError, checkTaskNotFoundError, checkTaskUnauthorizedError, checkTaskUnknownError } from "./models.js";
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["contactId"];
    if (!(typeof v2 === "string")) ok = bad(c, p + "/contactId", v2, rule$13, true) && ok;
    if (c.scan) {
      for (const k3 in o1) {
        switch (k3) {
          case "contactId":
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
const getContactByIdRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o4 = v;
    const v5 = o4["data"];
    if (v5 === void 0) {
      ok = missing(c, p + "/data", "Contact");
    } else {
      if (!checkContact(v5, p + "/data", c)) ok = false;
    }
    if (c.scan) {
      for (const k6 in o4) {
        switch (k6) {
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k6, o4[k6])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const getContactByIdResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkTaskBadRequestError(v, p, c)) ok = false;
  return ok;
}
const getContactByIdResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkTaskUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const getContactByIdResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkTaskForbiddenError(v, p, c)) ok = false;
  return ok;
}
const getContactByIdResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkTaskNotFoundError(v, p, c)) ok = false;
  return ok;
}
const getContactByIdResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkTaskUnknownError(v, p, c)) ok = false;
  return ok;
}
const getContactByIdResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const getContactByIdResponses = {
  200: getContactByIdResponse200,
  400: getContactByIdResponse400,
  401: getContactByIdResponse401,
  403: getContactByIdResponse403,
  404: getContactByIdResponse404,
  500: getContactByIdResponse500
};
const getContactByIdChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  getContactByIdChecks,
  getContactByIdRequest,
  getContactByIdResponse200,
  getContactByIdResponse400,
  getContactByIdResponse401,
  getContactByIdResponse403,
  getContactByIdResponse404,
  getContactByIdResponse500,
  getContactByIdResponses
};
