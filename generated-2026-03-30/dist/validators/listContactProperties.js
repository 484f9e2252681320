import { bad, createValidator, fail, missing, unknownProperty } from "../runtime/validation.js";
import { rule$13, rule$2, rule$65 } from "./constants.js";
import { checkContactProperty, checkTaskBadRequestError, checkTaskForbiddenError, checkTaskNotFoundError, checkTaskUnauthorizedError, checkTaskUnknownError } from "./models.js";
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
    const v5 = o1["type"];
    if (v5 !== void 0 && !(typeof v5 === "string")) ok = bad(c, p + "/type", v5, rule$13) && ok;
    if (c.scan) {
      for (const k6 in o1) {
        switch (k6) {
          case "contactId":
          case "after":
          case "limit":
          case "type":
            break;
          default: {
            if (!unknownProperty(c, p, k6, o1[k6])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listContactPropertiesRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o7 = v;
    const v8 = o7["data"];
    if (v8 === void 0) {
      ok = missing(c, p + "/data", "array");
    } else {
      if (!Array.isArray(v8)) {
        ok = fail(c, p + "/data", "array", v8);
      } else {
        for (let i9 = 0; i9 < v8.length; i9++) {
          const v10 = v8[i9];
          if (!checkContactProperty(v10, p + "/data/" + i9, c)) ok = false;
        }
      }
    }
    const v11 = o7["nextCursor"];
    if (!(v11 === null || typeof v11 === "string")) ok = bad(c, p + "/nextCursor", v11, rule$2, true) && ok;
    if (c.scan) {
      for (const k12 in o7) {
        switch (k12) {
          case "data":
          case "nextCursor":
            break;
          default: {
            if (!unknownProperty(c, p, k12, o7[k12])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listContactPropertiesResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkTaskBadRequestError(v, p, c)) ok = false;
  return ok;
}
const listContactPropertiesResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkTaskUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const listContactPropertiesResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkTaskForbiddenError(v, p, c)) ok = false;
  return ok;
}
const listContactPropertiesResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkTaskNotFoundError(v, p, c)) ok = false;
  return ok;
}
const listContactPropertiesResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkTaskUnknownError(v, p, c)) ok = false;
  return ok;
}
const listContactPropertiesResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const listContactPropertiesResponses = {
  200: listContactPropertiesResponse200,
  400: listContactPropertiesResponse400,
  401: listContactPropertiesResponse401,
  403: listContactPropertiesResponse403,
  404: listContactPropertiesResponse404,
  500: listContactPropertiesResponse500
};
const listContactPropertiesChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  listContactPropertiesChecks,
  listContactPropertiesRequest,
  listContactPropertiesResponse200,
  listContactPropertiesResponse400,
  listContactPropertiesResponse401,
  listContactPropertiesResponse403,
  listContactPropertiesResponse404,
  listContactPropertiesResponse500,
  listContactPropertiesResponses
};
