import { bad, createValidator, fail, missing, unknownProperty } from "../runtime/validation.js";
import { rule$13, rule$2, rule$65 } from "./constants.js";
import { checkContactShare, checkTaskBadRequestError, checkTaskForbiddenError, checkTaskNotFoundError, checkTaskUnauthorizedError, checkTaskUnknownError } from "./models.js";
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["contactId"];
    if (!(typeof v2 === "string")) ok = bad(c, p + "/contactId", v2, rule$13, true) && ok;
    const v3 = o1["after"];
    if (v3 !== void 0 && !(typeof v3 === "string")) ok = bad(c, p + "/after", v3, rule$13) && ok;
    const v4 = o1["limit"];
    if (v4 !== void 0 && !(typeof v4 === "number" && Number.isInteger(v4) && v4 >= 1 && v4 <= 50)) ok = bad(c, p + "/limit", v4, rule$65) && ok;
    if (c.scan) {
      for (const k5 in o1) {
        switch (k5) {
          case "contactId":
          case "after":
          case "limit":
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
const listContactSharesRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o6 = v;
    const v7 = o6["data"];
    if (v7 === void 0) {
      ok = missing(c, p + "/data", "array");
    } else {
      if (!Array.isArray(v7)) {
        ok = fail(c, p + "/data", "array", v7);
      } else {
        for (let i8 = 0; i8 < v7.length; i8++) {
          const v9 = v7[i8];
          if (!checkContactShare(v9, p + "/data/" + i8, c)) ok = false;
        }
      }
    }
    const v10 = o6["nextCursor"];
    if (!(v10 === null || typeof v10 === "string")) ok = bad(c, p + "/nextCursor", v10, rule$2, true) && ok;
    if (c.scan) {
      for (const k11 in o6) {
        switch (k11) {
          case "data":
          case "nextCursor":
            break;
          default: {
            if (!unknownProperty(c, p, k11, o6[k11])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listContactSharesResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkTaskBadRequestError(v, p, c)) ok = false;
  return ok;
}
const listContactSharesResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkTaskUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const listContactSharesResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkTaskForbiddenError(v, p, c)) ok = false;
  return ok;
}
const listContactSharesResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkTaskNotFoundError(v, p, c)) ok = false;
  return ok;
}
const listContactSharesResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkTaskUnknownError(v, p, c)) ok = false;
  return ok;
}
const listContactSharesResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const listContactSharesResponses = {
  200: listContactSharesResponse200,
  400: listContactSharesResponse400,
  401: listContactSharesResponse401,
  403: listContactSharesResponse403,
  404: listContactSharesResponse404,
  500: listContactSharesResponse500
};
const listContactSharesChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  listContactSharesChecks,
  listContactSharesRequest,
  listContactSharesResponse200,
  listContactSharesResponse400,
  listContactSharesResponse401,
  listContactSharesResponse403,
  listContactSharesResponse404,
  listContactSharesResponse500,
  listContactSharesResponses
};
