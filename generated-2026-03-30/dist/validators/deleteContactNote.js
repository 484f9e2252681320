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
    const v3 = o1["noteId"];
    if (!(typeof v3 === "string")) ok = bad(c, p + "/noteId", v3, rule$13, true) && ok;
    if (c.scan) {
      for (const k4 in o1) {
        switch (k4) {
          case "contactId":
          case "noteId":
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
const deleteContactNoteRequest = /* @__PURE__ */ createValidator(request$, true);
function response$400(v, p, c) {
  let ok = true;
  if (!checkTaskBadRequestError(v, p, c)) ok = false;
  return ok;
}
const deleteContactNoteResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkTaskUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const deleteContactNoteResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkTaskForbiddenError(v, p, c)) ok = false;
  return ok;
}
const deleteContactNoteResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkTaskNotFoundError(v, p, c)) ok = false;
  return ok;
}
const deleteContactNoteResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkTaskUnknownError(v, p, c)) ok = false;
  return ok;
}
const deleteContactNoteResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const deleteContactNoteResponses = {
  400: deleteContactNoteResponse400,
  401: deleteContactNoteResponse401,
  403: deleteContactNoteResponse403,
  404: deleteContactNoteResponse404,
  500: deleteContactNoteResponse500
};
const deleteContactNoteChecks = {
  request: request$,
  responses: {}
};
export {
  deleteContactNoteChecks,
  deleteContactNoteRequest,
  deleteContactNoteResponse400,
  deleteContactNoteResponse401,
  deleteContactNoteResponse403,
  deleteContactNoteResponse404,
  deleteContactNoteResponse500,
  deleteContactNoteResponses
};
