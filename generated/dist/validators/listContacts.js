import { bad, codePoints, createValidator, fail, missing, unknownProperty } from "../runtime/validation.js";
import { rule$1, rule$119, rule$120, rule$13, rule$4 } from "./constants.js";
import { checkContact, checkContactConflictError, checkContactInvalidCustomFieldItemError, checkContactNotFoundError, checkContactNotPhoneNumberUserError, checkContactUnauthorizedError, checkContactUnknownError } from "./models.js";
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["externalIds"];
    if (v2 === void 0) {
      ok = missing(c, p + "/externalIds", "array");
    } else {
      if (!Array.isArray(v2)) {
        ok = fail(c, p + "/externalIds", "array", v2);
      } else {
        for (let i3 = 0; i3 < v2.length; i3++) {
          const v4 = v2[i3];
          if (!(typeof v4 === "string" && v4.length > 0 && (v4.length <= 75 || codePoints(v4) <= 75))) ok = bad(c, p + "/externalIds/" + i3, v4, rule$119) && ok;
        }
      }
    }
    const v5 = o1["maxResults"];
    if (v5 !== void 0 && !(typeof v5 === "number" && Number.isInteger(v5) && v5 >= 1 && v5 <= 50)) ok = bad(c, p + "/maxResults", v5, rule$120) && ok;
    const v6 = o1["pageToken"];
    if (v6 !== void 0 && !(typeof v6 === "string")) ok = bad(c, p + "/pageToken", v6, rule$13) && ok;
    const v7 = o1["sources"];
    if (v7 !== void 0) {
      if (!Array.isArray(v7)) {
        ok = fail(c, p + "/sources", "array", v7);
      } else {
        for (let i8 = 0; i8 < v7.length; i8++) {
          const v9 = v7[i8];
          if (!(typeof v9 === "string" && v9.length > 0 && (v9.length <= 75 || codePoints(v9) <= 75))) ok = bad(c, p + "/sources/" + i8, v9, rule$119) && ok;
        }
      }
    }
    if (c.scan) {
      for (const k10 in o1) {
        switch (k10) {
          case "externalIds":
          case "maxResults":
          case "pageToken":
          case "sources":
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
const listContactsRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o11 = v;
    const v12 = o11["data"];
    if (v12 === void 0) {
      ok = missing(c, p + "/data", "array");
    } else {
      if (!Array.isArray(v12)) {
        ok = fail(c, p + "/data", "array", v12);
      } else {
        for (let i13 = 0; i13 < v12.length; i13++) {
          const v14 = v12[i13];
          if (!checkContact(v14, p + "/data/" + i13, c)) ok = false;
        }
      }
    }
    const v15 = o11["nextPageToken"];
    if (!(v15 === null || typeof v15 === "string")) ok = bad(c, p + "/nextPageToken", v15, rule$1, true) && ok;
    const v16 = o11["totalItems"];
    if (!(typeof v16 === "number" && Number.isInteger(v16))) ok = bad(c, p + "/totalItems", v16, rule$4, true) && ok;
    if (c.scan) {
      for (const k17 in o11) {
        switch (k17) {
          case "data":
          case "nextPageToken":
          case "totalItems":
            break;
          default: {
            if (!unknownProperty(c, p, k17, o11[k17])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listContactsResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkContactInvalidCustomFieldItemError(v, p, c)) ok = false;
  return ok;
}
const listContactsResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkContactUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const listContactsResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkContactNotPhoneNumberUserError(v, p, c)) ok = false;
  return ok;
}
const listContactsResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkContactNotFoundError(v, p, c)) ok = false;
  return ok;
}
const listContactsResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$409(v, p, c) {
  let ok = true;
  if (!checkContactConflictError(v, p, c)) ok = false;
  return ok;
}
const listContactsResponse409 = /* @__PURE__ */ createValidator(response$409, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkContactUnknownError(v, p, c)) ok = false;
  return ok;
}
const listContactsResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const listContactsResponses = {
  200: listContactsResponse200,
  400: listContactsResponse400,
  401: listContactsResponse401,
  403: listContactsResponse403,
  404: listContactsResponse404,
  409: listContactsResponse409,
  500: listContactsResponse500
};
const listContactsChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  listContactsChecks,
  listContactsRequest,
  listContactsResponse200,
  listContactsResponse400,
  listContactsResponse401,
  listContactsResponse403,
  listContactsResponse404,
  listContactsResponse409,
  listContactsResponse500,
  listContactsResponses
};
