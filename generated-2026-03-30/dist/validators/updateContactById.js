import { bad, codePoints, createValidator, fail, isUri, missing, unknownProperty } from "../runtime/validation.js";
import { rule$13, rule$2, rule$28 } from "./constants.js";
import { checkContact, checkTaskBadRequestError, checkTaskForbiddenError, checkTaskNotFoundError, checkTaskUnauthorizedError, checkTaskUnknownError } from "./models.js";
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["contactId"];
    if (!(typeof v2 === "string")) ok = bad(c, p + "/contactId", v2, rule$13, true) && ok;
    const v3 = o1["company"];
    if (v3 !== void 0 && !(v3 === null || typeof v3 === "string")) ok = bad(c, p + "/company", v3, rule$2) && ok;
    const v4 = o1["externalId"];
    if (v4 !== void 0 && !(v4 === null || typeof v4 === "string")) ok = bad(c, p + "/externalId", v4, rule$2) && ok;
    const v5 = o1["firstName"];
    if (v5 !== void 0 && !(v5 === null || typeof v5 === "string")) ok = bad(c, p + "/firstName", v5, rule$2) && ok;
    const v6 = o1["lastName"];
    if (v6 !== void 0 && !(v6 === null || typeof v6 === "string")) ok = bad(c, p + "/lastName", v6, rule$2) && ok;
    const v7 = o1["role"];
    if (v7 !== void 0 && !(v7 === null || typeof v7 === "string")) ok = bad(c, p + "/role", v7, rule$2) && ok;
    const v8 = o1["source"];
    if (v8 !== void 0 && !(v8 === null || typeof v8 === "string")) ok = bad(c, p + "/source", v8, rule$2) && ok;
    const v9 = o1["sourceUrl"];
    if (v9 !== void 0 && !(v9 === null || typeof v9 === "string" && v9.length > 0 && (v9.length <= 200 || codePoints(v9) <= 200) && isUri(v9))) ok = bad(c, p + "/sourceUrl", v9, rule$28) && ok;
    if (c.scan) {
      for (const k10 in o1) {
        switch (k10) {
          case "contactId":
          case "company":
          case "externalId":
          case "firstName":
          case "lastName":
          case "role":
          case "source":
          case "sourceUrl":
            break;
          default: {
            if (!unknownProperty(c, p, k10, o1[k10])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const updateContactByIdRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o11 = v;
    const v12 = o11["data"];
    if (v12 === void 0) {
      ok = missing(c, p + "/data", "Contact");
    } else {
      if (!checkContact(v12, p + "/data", c)) ok = false;
    }
    if (c.scan) {
      for (const k13 in o11) {
        switch (k13) {
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k13, o11[k13])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const updateContactByIdResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkTaskBadRequestError(v, p, c)) ok = false;
  return ok;
}
const updateContactByIdResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkTaskUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const updateContactByIdResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkTaskForbiddenError(v, p, c)) ok = false;
  return ok;
}
const updateContactByIdResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkTaskNotFoundError(v, p, c)) ok = false;
  return ok;
}
const updateContactByIdResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkTaskUnknownError(v, p, c)) ok = false;
  return ok;
}
const updateContactByIdResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const updateContactByIdResponses = {
  200: updateContactByIdResponse200,
  400: updateContactByIdResponse400,
  401: updateContactByIdResponse401,
  403: updateContactByIdResponse403,
  404: updateContactByIdResponse404,
  500: updateContactByIdResponse500
};
const updateContactByIdChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  updateContactByIdChecks,
  updateContactByIdRequest,
  updateContactByIdResponse200,
  updateContactByIdResponse400,
  updateContactByIdResponse401,
  updateContactByIdResponse403,
  updateContactByIdResponse404,
  updateContactByIdResponse500,
  updateContactByIdResponses
};
