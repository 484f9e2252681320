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
const deleteContactPropertyRequest = /* @__PURE__ */ createValidator(request$, true);
function response$400(v, p, c) {
  let ok = true;
  if (!checkTaskBadRequestError(v, p, c)) ok = false;
  return ok;
}
const deleteContactPropertyResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkTaskUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const deleteContactPropertyResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkTaskForbiddenError(v, p, c)) ok = false;
  return ok;
}
const deleteContactPropertyResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkTaskNotFoundError(v, p, c)) ok = false;
  return ok;
}
const deleteContactPropertyResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkTaskUnknownError(v, p, c)) ok = false;
  return ok;
}
const deleteContactPropertyResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const deleteContactPropertyResponses = {
  400: deleteContactPropertyResponse400,
  401: deleteContactPropertyResponse401,
  403: deleteContactPropertyResponse403,
  404: deleteContactPropertyResponse404,
  500: deleteContactPropertyResponse500
};
const deleteContactPropertyChecks = {
  request: request$,
  responses: {}
};
export {
  deleteContactPropertyChecks,
  deleteContactPropertyRequest,
  deleteContactPropertyResponse400,
  deleteContactPropertyResponse401,
  deleteContactPropertyResponse403,
  deleteContactPropertyResponse404,
  deleteContactPropertyResponse500,
  deleteContactPropertyResponses
};
