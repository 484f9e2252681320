import { bad, codePoints, createValidator, fail, missing, unknownProperty } from "../runtime/validation.js";
import { rule$13, rule$63 } from "./constants.js";
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
    const v4 = o1["text"];
    if (!(typeof v4 === "string" && v4.length > 0 && (v4.length <= 2e3 || codePoints(v4) <= 2e3))) ok = bad(c, p + "/text", v4, rule$63, true) && ok;
    if (c.scan) {
      for (const k5 in o1) {
        switch (k5) {
          case "contactId":
          case "noteId":
          case "text":
            break;
          default: {
            if (!unknownProperty(c, p, k5, o1[k5])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const updateContactNoteRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o6 = v;
    const v7 = o6["data"];
    if (v7 === void 0) {
      ok = missing(c, p + "/data", "ContactNote");
    } else {
      if (!checkContactNote(v7, p + "/data", c)) ok = false;
    }
    if (c.scan) {
      for (const k8 in o6) {
        switch (k8) {
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k8, o6[k8])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const updateContactNoteResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkTaskBadRequestError(v, p, c)) ok = false;
  return ok;
}
const updateContactNoteResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkTaskUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const updateContactNoteResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkTaskForbiddenError(v, p, c)) ok = false;
  return ok;
}
const updateContactNoteResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkTaskNotFoundError(v, p, c)) ok = false;
  return ok;
}
const updateContactNoteResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkTaskUnknownError(v, p, c)) ok = false;
  return ok;
}
const updateContactNoteResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const updateContactNoteResponses = {
  200: updateContactNoteResponse200,
  400: updateContactNoteResponse400,
  401: updateContactNoteResponse401,
  403: updateContactNoteResponse403,
  404: updateContactNoteResponse404,
  500: updateContactNoteResponse500
};
const updateContactNoteChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  updateContactNoteChecks,
  updateContactNoteRequest,
  updateContactNoteResponse200,
  updateContactNoteResponse400,
  updateContactNoteResponse401,
  updateContactNoteResponse403,
  updateContactNoteResponse404,
  updateContactNoteResponse500,
  updateContactNoteResponses
};
