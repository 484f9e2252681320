import { bad, createValidator, fail, unknownProperty } from "../runtime/validation.js";
import { rule$13 } from "./constants.js";
import { checkContactConflictError, checkContactInvalidCustomFieldItemError, checkContactNotFoundError, checkContactNotPhoneNumberUserError, checkContactUnauthorizedError, checkContactUnknownError } from "./models.js";
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["id"];
    if (!(typeof v2 === "string")) ok = bad(c, p + "/id", v2, rule$13, true) && ok;
    if (c.scan) {
      for (const k3 in o1) {
        switch (k3) {
          case "id":
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
const deleteContactRequest = /* @__PURE__ */ createValidator(request$, true);
function response$400(v, p, c) {
  let ok = true;
  if (!checkContactInvalidCustomFieldItemError(v, p, c)) ok = false;
  return ok;
}
const deleteContactResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkContactUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const deleteContactResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkContactNotPhoneNumberUserError(v, p, c)) ok = false;
  return ok;
}
const deleteContactResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkContactNotFoundError(v, p, c)) ok = false;
  return ok;
}
const deleteContactResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$409(v, p, c) {
  let ok = true;
  if (!checkContactConflictError(v, p, c)) ok = false;
  return ok;
}
const deleteContactResponse409 = /* @__PURE__ */ createValidator(response$409, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkContactUnknownError(v, p, c)) ok = false;
  return ok;
}
const deleteContactResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const deleteContactResponses = {
  400: deleteContactResponse400,
  401: deleteContactResponse401,
  403: deleteContactResponse403,
  404: deleteContactResponse404,
  409: deleteContactResponse409,
  500: deleteContactResponse500
};
const deleteContactChecks = {
  request: request$,
  responses: {}
};
export {
  deleteContactChecks,
  deleteContactRequest,
  deleteContactResponse400,
  deleteContactResponse401,
  deleteContactResponse403,
  deleteContactResponse404,
  deleteContactResponse409,
  deleteContactResponse500,
  deleteContactResponses
};
