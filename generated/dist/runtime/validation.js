function fail(ctx, pointer, expected, value) {
  if (ctx.quiet === 0) record(ctx, makeIssue(pointer, expected, secretName(pointer) ? hidden(value) : describe(value)));
  return false;
}
function missing(ctx, pointer, expected) {
  if (ctx.quiet === 0) record(ctx, makeIssue(pointer, `${expected} (required)`, "nothing (missing)"));
  return false;
}
function record(ctx, issue) {
  if (ctx.issues === void 0) ctx.issues = [issue];
  else ctx.issues.push(issue);
}
function unknownProperty(ctx, pointer, key, value) {
  const at = `${pointer}/${escapePointer(key)}`;
  if (ctx.strict) return fail(ctx, at, "no such property", value);
  if (ctx.quiet === 0 && ctx.onUnknown !== void 0) ctx.onUnknown({ pointer: at, kind: "property", value });
  return true;
}
function unknownEnum(ctx, pointer, expected, value) {
  if (ctx.strict) return fail(ctx, pointer, expected, value);
  if (ctx.quiet === 0 && ctx.onUnknown !== void 0) ctx.onUnknown({ pointer, kind: "enum", value });
  return true;
}
function own(object, key) {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : void 0;
}
function escapePointer(key) {
  return key.indexOf("~") === -1 && key.indexOf("/") === -1 ? key : key.replace(/~/g, "~0").replace(/\//g, "~1");
}
const MAX_SHOWN = 40;
const SECRET_NAME = /(?:key|secret|token|password|passwd|authorization|signature|credential)s?$/i;
function secretName(pointer) {
  return SECRET_NAME.test(pointer.slice(pointer.lastIndexOf("/") + 1));
}
function hidden(value) {
  const what = typeof value === "string" ? `string of ${value.length} characters` : value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
  return `${what} (hidden: the name suggests a secret)`;
}
function describe(value) {
  if (value === void 0) return "nothing (undefined)";
  if (value === null) return "null";
  if (typeof value === "string") {
    return value.length > MAX_SHOWN ? `string ${JSON.stringify(value.slice(0, MAX_SHOWN))}\u2026 (${value.length} characters)` : `string ${JSON.stringify(value)}`;
  }
  if (Array.isArray(value)) return `array of ${value.length} item${value.length === 1 ? "" : "s"}`;
  if (typeof value === "object") {
    const keys = Object.keys(value);
    const shown = keys.slice(0, 5).map((k) => k.length > 20 ? `${k.slice(0, 20)}\u2026` : k);
    return `object {${shown.join(", ")}${keys.length > 5 ? ", \u2026" : ""}}`;
  }
  return typeof value === "number" || typeof value === "boolean" ? `${typeof value} ${value}` : typeof value;
}
function makeIssue(pointer, expected, found) {
  return { pointer, expected, found, message: `${pointer === "" ? "(root)" : pointer}: expected ${expected}, found ${found}` };
}
function codePoints(value) {
  return [...value].length;
}
function hasDuplicates(items) {
  for (let i = 1; i < items.length; i++) {
    for (let j = 0; j < i; j++) if (jsonEqual(items[i], items[j])) return true;
  }
  return false;
}
function jsonEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  const ak = Object.keys(a);
  if (ak.length !== Object.keys(b).length) return false;
  for (const k of ak) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!jsonEqual(a[k], b[k])) return false;
  }
  return true;
}
function bad(ctx, pointer, value, rule, required) {
  const expected = typeof rule === "string" ? rule : rule.text;
  if (value === void 0 && required) return missing(ctx, pointer, expected);
  if (typeof rule !== "string" && value !== null && typeof value === rule.enumOf) return unknownEnum(ctx, pointer, expected, value);
  return fail(ctx, pointer, expected, value);
}
function twoDigits(text, at) {
  return (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;
}
function pastMonthEnd(text) {
  const day = twoDigits(text, 8);
  if (day <= 28) return false;
  const date = /* @__PURE__ */ new Date(0);
  date.setUTCFullYear(twoDigits(text, 0) * 100 + twoDigits(text, 2), twoDigits(text, 5), 0);
  return day > date.getUTCDate();
}
const DATE_TIME = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[Tt ](?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
function isDateTime(text) {
  if (!DATE_TIME.test(text) || pastMonthEnd(text)) return false;
  if (text.charCodeAt(17) !== 54) return true;
  const end = text.length;
  const offset = /[Zz]$/.test(text) ? 0 : (text[end - 6] === "-" ? -1 : 1) * (twoDigits(text, end - 5) * 60 + twoDigits(text, end - 2));
  return ((twoDigits(text, 11) * 60 + twoDigits(text, 14) - offset) % 1440 + 1440) % 1440 === 1439;
}
function isDate(text) {
  return /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/.test(text) && !pastMonthEnd(text);
}
const EMAIL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
function isEmail(text) {
  return text.length <= 254 && EMAIL.test(text);
}
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
function isUri(text) {
  return URI.test(text);
}
const URI_REFERENCE = /^(?:[A-Za-z][A-Za-z0-9+.-]*:)?(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
function isUriReference(text) {
  return URI_REFERENCE.test(text);
}
const dateTimeFormat = { test: isDateTime, name: "date-time (RFC 3339)" };
const dateFormat = { test: isDate, name: "date (YYYY-MM-DD)" };
const emailFormat = { test: isEmail, name: "email address" };
const uriFormat = { test: isUri, name: "absolute URI" };
const uriReferenceFormat = { test: isUriReference, name: "URI reference" };
function createValidator(check, alwaysStrict) {
  const validate = (value, options) => runCheck(check, value, alwaysStrict || options?.mode === "strict", options?.onUnknown);
  return {
    validate,
    "~standard": {
      version: 1,
      vendor: "openphone-codegen",
      validate: (value) => {
        const result = validate(value);
        if (result.ok) return { value: result.value };
        return { issues: result.issues.map((issue) => ({ message: issue.message, path: pointerPath(issue.pointer) })) };
      }
    }
  };
}
function runCheck(check, value, strict, onUnknown) {
  const listener = strict ? void 0 : onUnknown;
  const ctx = { issues: void 0, strict, scan: strict || listener !== void 0, quiet: 0, onUnknown: listener };
  return check(value, "", ctx) ? { ok: true, value } : { ok: false, issues: ctx.issues ?? [] };
}
function pointerPath(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}
export {
  bad,
  codePoints,
  createValidator,
  dateFormat,
  dateTimeFormat,
  describe,
  emailFormat,
  escapePointer,
  fail,
  hasDuplicates,
  isDate,
  isDateTime,
  isEmail,
  isUri,
  isUriReference,
  missing,
  own,
  pointerPath,
  runCheck,
  secretName,
  unknownEnum,
  unknownProperty,
  uriFormat,
  uriReferenceFormat
};
