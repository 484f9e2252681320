import { bad, createValidator, fail, isDateTime, missing, unknownProperty } from "../runtime/validation.js";
import { pattern$0, pattern$1, pattern$3, rule$1, rule$10, rule$117, rule$13, rule$2, rule$4, rule$7, rule$8 } from "./constants.js";
import { checkMessage, checkMessageA2PRegistrationNotApprovedError, checkMessageNotEnoughCreditsError, checkMessageNotFoundError, checkMessageNotPhoneNumberUserError, checkMessageUnauthorizedError, checkMessageUnknownError } from "./models.js";
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["createdAfter"];
    if (v2 !== void 0 && !(typeof v2 === "string" && isDateTime(v2))) ok = bad(c, p + "/createdAfter", v2, rule$2) && ok;
    const v3 = o1["createdBefore"];
    if (v3 !== void 0 && !(typeof v3 === "string" && isDateTime(v3))) ok = bad(c, p + "/createdBefore", v3, rule$2) && ok;
    const v4 = o1["maxResults"];
    if (v4 !== void 0 && !(typeof v4 === "number" && Number.isInteger(v4) && v4 >= 1 && v4 <= 100)) ok = bad(c, p + "/maxResults", v4, rule$117) && ok;
    const v5 = o1["pageToken"];
    if (v5 !== void 0 && !(typeof v5 === "string")) ok = bad(c, p + "/pageToken", v5, rule$13) && ok;
    const v6 = o1["participants"];
    if (v6 === void 0) {
      ok = missing(c, p + "/participants", "array");
    } else {
      if (!Array.isArray(v6)) {
        ok = fail(c, p + "/participants", "array", v6);
      } else {
        for (let i7 = 0; i7 < v6.length; i7++) {
          const v8 = v6[i7];
          if (!(typeof v8 === "string" && pattern$0.test(v8))) ok = bad(c, p + "/participants/" + i7, v8, rule$7) && ok;
        }
      }
    }
    const v9 = o1["phoneNumberId"];
    if (!(typeof v9 === "string" && pattern$3.test(v9))) ok = bad(c, p + "/phoneNumberId", v9, rule$8, true) && ok;
    const v10 = o1["since"];
    if (v10 !== void 0 && !(typeof v10 === "string" && isDateTime(v10))) ok = bad(c, p + "/since", v10, rule$2) && ok;
    const v11 = o1["userId"];
    if (v11 !== void 0 && !(typeof v11 === "string" && pattern$1.test(v11))) ok = bad(c, p + "/userId", v11, rule$10) && ok;
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
const listMessagesRequest = /* @__PURE__ */ createValidator(request$, true);
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
          if (!checkMessage(v16, p + "/data/" + i15, c)) ok = false;
        }
      }
    }
    const v17 = o13["nextPageToken"];
    if (!(v17 === null || typeof v17 === "string")) ok = bad(c, p + "/nextPageToken", v17, rule$1, true) && ok;
    const v18 = o13["totalItems"];
    if (!(typeof v18 === "number" && Number.isInteger(v18))) ok = bad(c, p + "/totalItems", v18, rule$4, true) && ok;
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
const listMessagesResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkMessageA2PRegistrationNotApprovedError(v, p, c)) ok = false;
  return ok;
}
const listMessagesResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkMessageUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const listMessagesResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$402(v, p, c) {
  let ok = true;
  if (!checkMessageNotEnoughCreditsError(v, p, c)) ok = false;
  return ok;
}
const listMessagesResponse402 = /* @__PURE__ */ createValidator(response$402, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkMessageNotPhoneNumberUserError(v, p, c)) ok = false;
  return ok;
}
const listMessagesResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkMessageNotFoundError(v, p, c)) ok = false;
  return ok;
}
const listMessagesResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkMessageUnknownError(v, p, c)) ok = false;
  return ok;
}
const listMessagesResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const listMessagesResponses = {
  200: listMessagesResponse200,
  400: listMessagesResponse400,
  401: listMessagesResponse401,
  402: listMessagesResponse402,
  403: listMessagesResponse403,
  404: listMessagesResponse404,
  500: listMessagesResponse500
};
const listMessagesChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  listMessagesChecks,
  listMessagesRequest,
  listMessagesResponse200,
  listMessagesResponse400,
  listMessagesResponse401,
  listMessagesResponse402,
  listMessagesResponse403,
  listMessagesResponse404,
  listMessagesResponse500,
  listMessagesResponses
};
