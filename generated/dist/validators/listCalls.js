import { createValidator, fail, isDateTime, missing, unknownProperty } from "../runtime/validation.js";
import { checkCall, checkCallBadRequestError, checkCallNotFoundError, checkCallNotPhoneNumberUserError, checkCallUnauthorizedError, checkCallUnknownError } from "./models.js";
const pattern$0 = /* @__PURE__ */ new RegExp("^PN(.*)$", "u");
const pattern$1 = /* @__PURE__ */ new RegExp("^US(.*)$", "u");
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["createdAfter"];
    if (v2 !== void 0) {
      if (typeof v2 !== "string") {
        ok = fail(c, p + "/createdAfter", "string", v2);
      } else if (!isDateTime(v2)) {
        ok = fail(c, p + "/createdAfter", "date-time (RFC 3339)", v2);
      }
    }
    const v3 = o1["createdBefore"];
    if (v3 !== void 0) {
      if (typeof v3 !== "string") {
        ok = fail(c, p + "/createdBefore", "string", v3);
      } else if (!isDateTime(v3)) {
        ok = fail(c, p + "/createdBefore", "date-time (RFC 3339)", v3);
      }
    }
    const v4 = o1["maxResults"];
    if (v4 !== void 0) {
      if (typeof v4 !== "number" || !Number.isInteger(v4)) {
        ok = fail(c, p + "/maxResults", "integer", v4);
      } else if (!(v4 >= 1)) {
        ok = fail(c, p + "/maxResults", "number >= 1", v4);
      } else if (!(v4 <= 100)) {
        ok = fail(c, p + "/maxResults", "number <= 100", v4);
      }
    }
    const v5 = o1["pageToken"];
    if (v5 !== void 0) {
      if (typeof v5 !== "string") {
        ok = fail(c, p + "/pageToken", "string", v5);
      }
    }
    const v6 = o1["participants"];
    if (v6 === void 0) {
      ok = missing(c, p + "/participants", "array");
    } else {
      if (!Array.isArray(v6)) {
        ok = fail(c, p + "/participants", "array", v6);
      } else if (v6.length > 1) {
        ok = fail(c, p + "/participants", "array of at most 1 item", v6);
      } else {
        for (let i7 = 0; i7 < v6.length; i7++) {
          const v8 = v6[i7];
          if (typeof v8 !== "string") {
            ok = fail(c, p + "/participants/" + i7, "string", v8);
          } else if (!(v8.length > 0)) {
            ok = fail(c, p + "/participants/" + i7, "at least 1 character", v8);
          }
        }
      }
    }
    const v9 = o1["phoneNumberId"];
    if (v9 === void 0) {
      ok = missing(c, p + "/phoneNumberId", "string matching /^PN(.*)$/");
    } else {
      if (typeof v9 !== "string") {
        ok = fail(c, p + "/phoneNumberId", "string", v9);
      } else if (!pattern$0.test(v9)) {
        ok = fail(c, p + "/phoneNumberId", "string matching /^PN(.*)$/", v9);
      }
    }
    const v10 = o1["since"];
    if (v10 !== void 0) {
      if (typeof v10 !== "string") {
        ok = fail(c, p + "/since", "string", v10);
      } else if (!isDateTime(v10)) {
        ok = fail(c, p + "/since", "date-time (RFC 3339)", v10);
      }
    }
    const v11 = o1["userId"];
    if (v11 !== void 0) {
      if (typeof v11 !== "string") {
        ok = fail(c, p + "/userId", "string", v11);
      } else if (!pattern$1.test(v11)) {
        ok = fail(c, p + "/userId", "string matching /^US(.*)$/", v11);
      }
    }
    if (c.scan) {
      for (const k12 in o1) {
        switch (k12) {
          case "createdAfter":
          case "createdBefore":
          case "maxResults":
          case "pageToken":
          case "participants":
          case "phoneNumberId":
          case "since":
          case "userId":
            break;
          default: {
            if (!unknownProperty(c, p, k12, o1[k12])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listCallsRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o13 = v;
    const v14 = o13["data"];
    if (v14 === void 0) {
      ok = missing(c, p + "/data", "array");
    } else {
      if (!Array.isArray(v14)) {
        ok = fail(c, p + "/data", "array", v14);
      } else {
        for (let i15 = 0; i15 < v14.length; i15++) {
          const v16 = v14[i15];
          if (!checkCall(v16, p + "/data/" + i15, c)) ok = false;
        }
      }
    }
    const v17 = o13["nextPageToken"];
    if (v17 === void 0) {
      ok = missing(c, p + "/nextPageToken", "string or null");
    } else {
      if (v17 !== null) {
        if (typeof v17 !== "string") {
          ok = fail(c, p + "/nextPageToken", "string or null", v17);
        }
      }
    }
    const v18 = o13["totalItems"];
    if (v18 === void 0) {
      ok = missing(c, p + "/totalItems", "integer");
    } else {
      if (typeof v18 !== "number" || !Number.isInteger(v18)) {
        ok = fail(c, p + "/totalItems", "integer", v18);
      }
    }
    if (c.scan) {
      for (const k19 in o13) {
        switch (k19) {
          case "data":
          case "nextPageToken":
          case "totalItems":
            break;
          default: {
            if (!unknownProperty(c, p, k19, o13[k19])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listCallsResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkCallBadRequestError(v, p, c)) ok = false;
  return ok;
}
const listCallsResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkCallUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const listCallsResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkCallNotPhoneNumberUserError(v, p, c)) ok = false;
  return ok;
}
const listCallsResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkCallNotFoundError(v, p, c)) ok = false;
  return ok;
}
const listCallsResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkCallUnknownError(v, p, c)) ok = false;
  return ok;
}
const listCallsResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const listCallsResponses = {
  200: listCallsResponse200,
  400: listCallsResponse400,
  401: listCallsResponse401,
  403: listCallsResponse403,
  404: listCallsResponse404,
  500: listCallsResponse500
};
export {
  listCallsRequest,
  listCallsResponse200,
  listCallsResponse400,
  listCallsResponse401,
  listCallsResponse403,
  listCallsResponse404,
  listCallsResponse500,
  listCallsResponses
};
