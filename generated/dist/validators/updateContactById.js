import { bad, codePoints, createValidator, fail, isDateTime, isUri, missing, unknownProperty } from "../runtime/validation.js";
import { rule$0, rule$1, rule$13, rule$63, rule$66, rule$67, rule$68 } from "./constants.js";
import { checkContactConflictError, checkContactInvalidCustomFieldItemError, checkContactNotFoundError, checkContactNotPhoneNumberUserError, checkContactUnauthorizedError, checkContactUnknownError, checkEmail, checkUpdateContactByIdContact } from "./models.js";
function variant$12(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o13 = v;
    const v14 = o13["value"];
    if (v14 === void 0) {
      ok = missing(c, p + "/value", "array or null");
    } else {
      if (v14 !== null) {
        if (!Array.isArray(v14)) {
          ok = fail(c, p + "/value", "array or null", v14);
        } else {
          for (let i15 = 0; i15 < v14.length; i15++) {
            const v16 = v14[i15];
            if (!(typeof v16 === "string")) ok = bad(c, p + "/value/" + i15, v16, rule$13) && ok;
          }
        }
      }
    }
  }
  return ok;
}
function variant$18(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o19 = v;
    const v20 = o19["value"];
    if (!(v20 === null || typeof v20 === "string")) ok = bad(c, p + "/value", v20, rule$1, true) && ok;
  }
  return ok;
}
function variant$22(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o23 = v;
    const v24 = o23["value"];
    if (!(v24 === null || typeof v24 === "boolean")) ok = bad(c, p + "/value", v24, rule$63, true) && ok;
  }
  return ok;
}
function variant$26(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o27 = v;
    const v28 = o27["value"];
    if (!(v28 === null || typeof v28 === "string" && isDateTime(v28))) ok = bad(c, p + "/value", v28, rule$0, true) && ok;
  }
  return ok;
}
function variant$30(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o31 = v;
    const v32 = o31["value"];
    if (!(v32 === null || typeof v32 === "number" && Number.isFinite(v32))) ok = bad(c, p + "/value", v32, rule$66, true) && ok;
  }
  return ok;
}
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["id"];
    if (!(typeof v2 === "string")) ok = bad(c, p + "/id", v2, rule$13, true) && ok;
    const v3 = o1["customFields"];
    if (v3 !== void 0) {
      if (!Array.isArray(v3)) {
        ok = fail(c, p + "/customFields", "array", v3);
      } else {
        for (let i4 = 0; i4 < v3.length; i4++) {
          const v5 = v3[i4];
          if (typeof v5 !== "object" || v5 === null || Array.isArray(v5)) {
            ok = fail(c, p + "/customFields/" + i4, "object", v5);
          } else {
            const o6 = v5;
            const v7 = o6["id"];
            if (v7 !== void 0 && !(typeof v7 === "string")) ok = bad(c, p + "/customFields/" + i4 + "/id", v7, rule$13) && ok;
            const v8 = o6["key"];
            if (v8 !== void 0 && !(typeof v8 === "string")) ok = bad(c, p + "/customFields/" + i4 + "/key", v8, rule$13) && ok;
          }
          const p10 = p + "/customFields/" + i4;
          c.quiet++;
          const m11 = variant$12(v5, p10, c) ? 0 : variant$18(v5, p10, c) ? 1 : variant$22(v5, p10, c) ? 2 : variant$26(v5, p10, c) ? 3 : variant$30(v5, p10, c) ? 4 : -1;
          c.quiet--;
          if (m11 === -1) {
            ok = fail(c, p + "/customFields/" + i4, "object with value or object with value or object with value or object with value or object with value", v5);
          } else if (c.quiet === 0 && c.onUnknown !== void 0) {
            if (m11 === 0) variant$12(v5, p10, c);
            if (m11 === 1) variant$18(v5, p10, c);
            if (m11 === 2) variant$22(v5, p10, c);
            if (m11 === 3) variant$26(v5, p10, c);
            if (m11 === 4) variant$30(v5, p10, c);
          }
          if (typeof v5 === "object" && v5 !== null && !Array.isArray(v5)) {
            const o34 = v5;
            if (c.scan) {
              for (const k35 in o34) {
                switch (k35) {
                  case "id":
                  case "key":
                  case "value":
                    break;
                  default: {
                    if (!unknownProperty(c, p + "/customFields/" + i4, k35, o34[k35])) ok = false;
                  }
                }
              }
            }
          }
        }
      }
    }
    const v36 = o1["defaultFields"];
    if (v36 !== void 0) {
      if (typeof v36 !== "object" || v36 === null || Array.isArray(v36)) {
        ok = fail(c, p + "/defaultFields", "object", v36);
      } else {
        const o37 = v36;
        const v38 = o37["company"];
        if (v38 !== void 0 && !(v38 === null || typeof v38 === "string")) ok = bad(c, p + "/defaultFields/company", v38, rule$1) && ok;
        const v39 = o37["emails"];
        if (v39 !== void 0) {
          if (!Array.isArray(v39)) {
            ok = fail(c, p + "/defaultFields/emails", "array", v39);
          } else {
            for (let i40 = 0; i40 < v39.length; i40++) {
              const v41 = v39[i40];
              if (!checkEmail(v41, p + "/defaultFields/emails/" + i40, c)) ok = false;
            }
          }
        }
        const v42 = o37["firstName"];
        if (v42 !== void 0 && !(v42 === null || typeof v42 === "string")) ok = bad(c, p + "/defaultFields/firstName", v42, rule$1) && ok;
        const v43 = o37["lastName"];
        if (v43 !== void 0 && !(v43 === null || typeof v43 === "string")) ok = bad(c, p + "/defaultFields/lastName", v43, rule$1) && ok;
        const v44 = o37["phoneNumbers"];
        if (v44 !== void 0) {
          if (!Array.isArray(v44)) {
            ok = fail(c, p + "/defaultFields/phoneNumbers", "array", v44);
          } else {
            for (let i45 = 0; i45 < v44.length; i45++) {
              const v46 = v44[i45];
              if (!checkEmail(v46, p + "/defaultFields/phoneNumbers/" + i45, c)) ok = false;
            }
          }
        }
        const v47 = o37["role"];
        if (v47 !== void 0 && !(v47 === null || typeof v47 === "string")) ok = bad(c, p + "/defaultFields/role", v47, rule$1) && ok;
        if (c.scan) {
          for (const k48 in o37) {
            switch (k48) {
              case "company":
              case "emails":
              case "firstName":
              case "lastName":
              case "phoneNumbers":
              case "role":
                break;
              default: {
                if (!unknownProperty(c, p + "/defaultFields", k48, o37[k48])) ok = false;
              }
            }
          }
        }
      }
    }
    const v49 = o1["externalId"];
    if (v49 !== void 0 && !(v49 === null || typeof v49 === "string" && v49.length > 0 && (v49.length <= 75 || codePoints(v49) <= 75))) ok = bad(c, p + "/externalId", v49, rule$67) && ok;
    const v50 = o1["source"];
    if (v50 !== void 0 && !(v50 === null || typeof v50 === "string" && v50.length > 0 && (v50.length <= 75 || codePoints(v50) <= 75))) ok = bad(c, p + "/source", v50, rule$67) && ok;
    const v51 = o1["sourceUrl"];
    if (v51 !== void 0 && !(v51 === null || typeof v51 === "string" && v51.length > 0 && (v51.length <= 200 || codePoints(v51) <= 200) && isUri(v51))) ok = bad(c, p + "/sourceUrl", v51, rule$68) && ok;
    if (c.scan) {
      for (const k52 in o1) {
        switch (k52) {
          case "id":
          case "customFields":
          case "defaultFields":
          case "externalId":
          case "source":
          case "sourceUrl":
            break;
          default: {
            if (!unknownProperty(c, p, k52, o1[k52])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const updateContactByIdRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o53 = v;
    const v54 = o53["data"];
    if (v54 === void 0) {
      ok = missing(c, p + "/data", "UpdateContactByIdContact");
    } else {
      if (!checkUpdateContactByIdContact(v54, p + "/data", c)) ok = false;
    }
    if (c.scan) {
      for (const k55 in o53) {
        switch (k55) {
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k55, o53[k55])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const updateContactByIdResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkContactInvalidCustomFieldItemError(v, p, c)) ok = false;
  return ok;
}
const updateContactByIdResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkContactUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const updateContactByIdResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkContactNotPhoneNumberUserError(v, p, c)) ok = false;
  return ok;
}
const updateContactByIdResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkContactNotFoundError(v, p, c)) ok = false;
  return ok;
}
const updateContactByIdResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$409(v, p, c) {
  let ok = true;
  if (!checkContactConflictError(v, p, c)) ok = false;
  return ok;
}
const updateContactByIdResponse409 = /* @__PURE__ */ createValidator(response$409, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkContactUnknownError(v, p, c)) ok = false;
  return ok;
}
const updateContactByIdResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const updateContactByIdResponses = {
  200: updateContactByIdResponse200,
  400: updateContactByIdResponse400,
  401: updateContactByIdResponse401,
  403: updateContactByIdResponse403,
  404: updateContactByIdResponse404,
  409: updateContactByIdResponse409,
  500: updateContactByIdResponse500
};
const updateContactByIdChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  updateContactByIdChecks,
  updateContactByIdRequest,
  updateContactByIdResponse200,
  updateContactByIdResponse400,
  updateContactByIdResponse401,
  updateContactByIdResponse403,
  updateContactByIdResponse404,
  updateContactByIdResponse409,
  updateContactByIdResponse500,
  updateContactByIdResponses
};
