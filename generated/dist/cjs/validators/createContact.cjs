var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var createContact_exports = {};
__export(createContact_exports, {
  createContactChecks: () => createContactChecks,
  createContactRequest: () => createContactRequest,
  createContactResponse201: () => createContactResponse201,
  createContactResponse400: () => createContactResponse400,
  createContactResponse401: () => createContactResponse401,
  createContactResponse403: () => createContactResponse403,
  createContactResponse404: () => createContactResponse404,
  createContactResponse409: () => createContactResponse409,
  createContactResponse500: () => createContactResponse500,
  createContactResponses: () => createContactResponses
});
module.exports = __toCommonJS(createContact_exports);
var import_validation = require("../runtime/validation.cjs");
var import_constants = require("./constants.cjs");
var import_models = require("./models.cjs");
function variant$11(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o12 = v;
    const v13 = o12["value"];
    if (v13 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/value", "array or null");
    } else {
      if (v13 !== null) {
        if (!Array.isArray(v13)) {
          ok = (0, import_validation.fail)(c, p + "/value", "array or null", v13);
        } else {
          for (let i14 = 0; i14 < v13.length; i14++) {
            const v15 = v13[i14];
            if (!(typeof v15 === "string")) ok = (0, import_validation.bad)(c, p + "/value/" + i14, v15, import_constants.rule$13) && ok;
          }
        }
      }
    }
  }
  return ok;
}
function variant$17(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o18 = v;
    const v19 = o18["value"];
    if (!(v19 === null || typeof v19 === "string")) ok = (0, import_validation.bad)(c, p + "/value", v19, import_constants.rule$1, true) && ok;
  }
  return ok;
}
function variant$21(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o22 = v;
    const v23 = o22["value"];
    if (!(v23 === null || typeof v23 === "boolean")) ok = (0, import_validation.bad)(c, p + "/value", v23, import_constants.rule$63, true) && ok;
  }
  return ok;
}
function variant$25(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o26 = v;
    const v27 = o26["value"];
    if (!(v27 === null || typeof v27 === "string" && (0, import_validation.isDateTime)(v27))) ok = (0, import_validation.bad)(c, p + "/value", v27, import_constants.rule$0, true) && ok;
  }
  return ok;
}
function variant$29(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o30 = v;
    const v31 = o30["value"];
    if (!(v31 === null || typeof v31 === "number" && Number.isFinite(v31))) ok = (0, import_validation.bad)(c, p + "/value", v31, import_constants.rule$66, true) && ok;
  }
  return ok;
}
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["createdByUserId"];
    if (v2 !== void 0 && !(typeof v2 === "string" && import_constants.pattern$1.test(v2))) ok = (0, import_validation.bad)(c, p + "/createdByUserId", v2, import_constants.rule$10) && ok;
    const v3 = o1["customFields"];
    if (v3 !== void 0) {
      if (!Array.isArray(v3)) {
        ok = (0, import_validation.fail)(c, p + "/customFields", "array", v3);
      } else {
        for (let i4 = 0; i4 < v3.length; i4++) {
          const v5 = v3[i4];
          if (typeof v5 !== "object" || v5 === null || Array.isArray(v5)) {
            ok = (0, import_validation.fail)(c, p + "/customFields/" + i4, "object", v5);
          } else {
            const o6 = v5;
            const v7 = o6["key"];
            if (v7 !== void 0 && !(typeof v7 === "string")) ok = (0, import_validation.bad)(c, p + "/customFields/" + i4 + "/key", v7, import_constants.rule$13) && ok;
          }
          const p9 = p + "/customFields/" + i4;
          c.quiet++;
          const m10 = variant$11(v5, p9, c) ? 0 : variant$17(v5, p9, c) ? 1 : variant$21(v5, p9, c) ? 2 : variant$25(v5, p9, c) ? 3 : variant$29(v5, p9, c) ? 4 : -1;
          c.quiet--;
          if (m10 === -1) {
            ok = (0, import_validation.fail)(c, p + "/customFields/" + i4, "object with value or object with value or object with value or object with value or object with value", v5);
          } else if (c.quiet === 0 && c.onUnknown !== void 0) {
            if (m10 === 0) variant$11(v5, p9, c);
            if (m10 === 1) variant$17(v5, p9, c);
            if (m10 === 2) variant$21(v5, p9, c);
            if (m10 === 3) variant$25(v5, p9, c);
            if (m10 === 4) variant$29(v5, p9, c);
          }
          if (typeof v5 === "object" && v5 !== null && !Array.isArray(v5)) {
            const o33 = v5;
            if (c.scan) {
              for (const k34 in o33) {
                switch (k34) {
                  case "key":
                  case "value":
                    break;
                  default: {
                    if (!(0, import_validation.unknownProperty)(c, p + "/customFields/" + i4, k34, o33[k34])) ok = false;
                  }
                }
              }
            }
          }
        }
      }
    }
    const v35 = o1["defaultFields"];
    if (v35 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/defaultFields", "object with firstName");
    } else {
      if (typeof v35 !== "object" || v35 === null || Array.isArray(v35)) {
        ok = (0, import_validation.fail)(c, p + "/defaultFields", "object", v35);
      } else {
        const o36 = v35;
        const v37 = o36["company"];
        if (v37 !== void 0 && !(v37 === null || typeof v37 === "string")) ok = (0, import_validation.bad)(c, p + "/defaultFields/company", v37, import_constants.rule$1) && ok;
        const v38 = o36["emails"];
        if (v38 !== void 0) {
          if (!Array.isArray(v38)) {
            ok = (0, import_validation.fail)(c, p + "/defaultFields/emails", "array", v38);
          } else {
            for (let i39 = 0; i39 < v38.length; i39++) {
              const v40 = v38[i39];
              if (!(0, import_models.checkDefaultFieldsEmail)(v40, p + "/defaultFields/emails/" + i39, c)) ok = false;
            }
          }
        }
        const v41 = o36["firstName"];
        if (!(v41 === null || typeof v41 === "string")) ok = (0, import_validation.bad)(c, p + "/defaultFields/firstName", v41, import_constants.rule$1, true) && ok;
        const v42 = o36["lastName"];
        if (v42 !== void 0 && !(v42 === null || typeof v42 === "string")) ok = (0, import_validation.bad)(c, p + "/defaultFields/lastName", v42, import_constants.rule$1) && ok;
        const v43 = o36["phoneNumbers"];
        if (v43 !== void 0) {
          if (!Array.isArray(v43)) {
            ok = (0, import_validation.fail)(c, p + "/defaultFields/phoneNumbers", "array", v43);
          } else {
            for (let i44 = 0; i44 < v43.length; i44++) {
              const v45 = v43[i44];
              if (!(0, import_models.checkDefaultFieldsEmail)(v45, p + "/defaultFields/phoneNumbers/" + i44, c)) ok = false;
            }
          }
        }
        const v46 = o36["role"];
        if (v46 !== void 0 && !(v46 === null || typeof v46 === "string")) ok = (0, import_validation.bad)(c, p + "/defaultFields/role", v46, import_constants.rule$1) && ok;
        if (c.scan) {
          for (const k47 in o36) {
            switch (k47) {
              case "company":
              case "emails":
              case "firstName":
              case "lastName":
              case "phoneNumbers":
              case "role":
                break;
              default: {
                if (!(0, import_validation.unknownProperty)(c, p + "/defaultFields", k47, o36[k47])) ok = false;
              }
            }
          }
        }
      }
    }
    const v48 = o1["externalId"];
    if (v48 !== void 0 && !(v48 === null || typeof v48 === "string" && v48.length > 0 && (v48.length <= 75 || (0, import_validation.codePoints)(v48) <= 75))) ok = (0, import_validation.bad)(c, p + "/externalId", v48, import_constants.rule$67) && ok;
    const v49 = o1["source"];
    if (v49 !== void 0 && !(typeof v49 === "string" && v49.length > 0 && (v49.length <= 72 || (0, import_validation.codePoints)(v49) <= 72))) ok = (0, import_validation.bad)(c, p + "/source", v49, import_constants.rule$115) && ok;
    const v50 = o1["sourceUrl"];
    if (v50 !== void 0 && !(typeof v50 === "string" && v50.length > 0 && (v50.length <= 200 || (0, import_validation.codePoints)(v50) <= 200) && (0, import_validation.isUri)(v50))) ok = (0, import_validation.bad)(c, p + "/sourceUrl", v50, import_constants.rule$116) && ok;
    if (c.scan) {
      for (const k51 in o1) {
        switch (k51) {
          case "createdByUserId":
          case "customFields":
          case "defaultFields":
          case "externalId":
          case "source":
          case "sourceUrl":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k51, o1[k51])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const createContactRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$201(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o52 = v;
    const v53 = o52["data"];
    if (v53 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/data", "Contact");
    } else {
      if (!(0, import_models.checkContact)(v53, p + "/data", c)) ok = false;
    }
    if (c.scan) {
      for (const k54 in o52) {
        switch (k54) {
          case "data":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k54, o52[k54])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const createContactResponse201 = /* @__PURE__ */ (0, import_validation.createValidator)(response$201, false);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkContactInvalidCustomFieldItemError)(v, p, c)) ok = false;
  return ok;
}
const createContactResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkContactUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const createContactResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkContactNotPhoneNumberUserError)(v, p, c)) ok = false;
  return ok;
}
const createContactResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkContactNotFoundError)(v, p, c)) ok = false;
  return ok;
}
const createContactResponse404 = /* @__PURE__ */ (0, import_validation.createValidator)(response$404, false);
function response$409(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkContactConflictError)(v, p, c)) ok = false;
  return ok;
}
const createContactResponse409 = /* @__PURE__ */ (0, import_validation.createValidator)(response$409, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkContactUnknownError)(v, p, c)) ok = false;
  return ok;
}
const createContactResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const createContactResponses = {
  201: createContactResponse201,
  400: createContactResponse400,
  401: createContactResponse401,
  403: createContactResponse403,
  404: createContactResponse404,
  409: createContactResponse409,
  500: createContactResponse500
};
const createContactChecks = {
  request: request$,
  responses: { 201: response$201 }
};
