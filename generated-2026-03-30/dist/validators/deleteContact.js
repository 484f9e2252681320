import { bad, createValidator, fail, unknownProperty } from "../runtime/validation.js";
import { rule$13 } from "./constants.js";
import { checkTaskBadRequestError, checkTaskForbiddenError, checkTaskNotFoundError, checkTaskUnauthorizedError, checkTaskUnknownError } from "./models.js";
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
const deleteContactRequest = /* @__PURE__ */ createValidator(request$, true);
function response$400(v, p, c) {
  let ok = true;
  if (!checkTaskBadRequestError(v, p, c)) ok = false;
  return ok;
}
const deleteContactResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkTaskUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const deleteContactResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkTaskForbiddenError(v, p, c)) ok = false;
  return ok;
}
const deleteContactResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkTaskNotFoundError(v, p, c)) ok = false;
  return ok;
}
const deleteContactResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkTaskUnknownError(v, p, c)) ok = false;
  return ok;
}
const deleteContactResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const deleteContactResponses = {
  400: deleteContactResponse400,
  401: deleteContactResponse401,
  403: deleteContactResponse403,
  404: deleteContactResponse404,
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
  deleteContactResponse500,
  deleteContactResponses
};
