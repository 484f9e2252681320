import { bad, createValidator, fail, missing, unknownProperty } from "../runtime/validation.js";
import { rule$13 } from "./constants.js";
import { checkContactNote, checkTaskBadRequestError, checkTaskForbiddenError, checkTaskNotFoundError, checkTaskUnauthorizedError, checkTaskUnknownError } from "./models.js";
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
const getContactNoteRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o5 = v;
    const v6 = o5["data"];
    if (v6 === void 0) {
      ok = missing(c, p + "/data", "ContactNote");
    } else {
      if (!checkContactNote(v6, p + "/data", c)) ok = false;
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
const getContactNoteResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkTaskBadRequestError(v, p, c)) ok = false;
  return ok;
}
const getContactNoteResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkTaskUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const getContactNoteResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkTaskForbiddenError(v, p, c)) ok = false;
  return ok;
}
const getContactNoteResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkTaskNotFoundError(v, p, c)) ok = false;
  return ok;
}
const getContactNoteResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkTaskUnknownError(v, p, c)) ok = false;
  return ok;
}
const getContactNoteResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const getContactNoteResponses = {
  200: getContactNoteResponse200,
  400: getContactNoteResponse400,
  401: getContactNoteResponse401,
  403: getContactNoteResponse403,
  404: getContactNoteResponse404,
  500: getContactNoteResponse500
};
const getContactNoteChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  getContactNoteChecks,
  getContactNoteRequest,
  getContactNoteResponse200,
  getContactNoteResponse400,
  getContactNoteResponse401,
  getContactNoteResponse403,
  getContactNoteResponse404,
  getContactNoteResponse500,
  getContactNoteResponses
};
