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
  if (typeof value === "string") return `string of ${value.length} characters (hidden: the name suggests a secret)`;
  return `${value === null ? "null" : Array.isArray(value) ? "array" : typeof value} (hidden: the name suggests a secret)`;
}
function describe(value) {
  if (value === void 0) return "nothing (undefined)";
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
      return value.length > MAX_SHOWN ? `string ${JSON.stringify(value.slice(0, MAX_SHOWN))}\u2026 (${value.length} characters)` : `string ${JSON.stringify(value)}`;
    case "number":
    case "boolean":
      return `${typeof value} ${String(value)}`;
    case "object": {
      if (Array.isArray(value)) return `array of ${value.length} item${value.length === 1 ? "" : "s"}`;
      const keys = Object.keys(value);
      const shown = keys.slice(0, 5).map((k) => k.length > 20 ? `${k.slice(0, 20)}\u2026` : k);
      return `object {${shown.join(", ")}${keys.length > 5 ? ", \u2026" : ""}}`;
    }
    default:
      return typeof value;
  }
}
function makeIssue(pointer, expected, found) {
  return { pointer, expected, found, message: `${pointer === "" ? "(root)" : pointer}: expected ${expected}, found ${found}` };
}
function codePoints(value) {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 55296 && unit <= 56319 && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 56320 && next <= 57343) i++;
    }
    count++;
  }
  return count;
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
function isDigitAt(text, at) {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
}
function twoDigits(text, at) {
  return (text.charCodeAt(at) - 48) * 10 + (text.charCodeAt(at + 1) - 48);
}
function validDate(text) {
  if (!(isDigitAt(text, 0) && isDigitAt(text, 1) && isDigitAt(text, 2) && isDigitAt(text, 3))) return false;
  if (!(isDigitAt(text, 5) && isDigitAt(text, 6) && isDigitAt(text, 8) && isDigitAt(text, 9))) return false;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? leap ? 29 : 28 : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= days;
}
const DATE_TIME = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[Tt ](?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
function isDateTime(text) {
  if (!DATE_TIME.test(text)) return false;
  if (twoDigits(text, 8) > 28 && !validDate(text)) return false;
  if (text.charCodeAt(17) !== 54) return true;
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const last = text.charCodeAt(text.length - 1);
  let offset = 0;
  if (last !== 90 && last !== 122) {
    offset = (text.charCodeAt(text.length - 6) === 45 ? -1 : 1) * (twoDigits(text, text.length - 5) * 60 + twoDigits(text, text.length - 2));
  }
  return ((hour * 60 + minute - offset) % 1440 + 1440) % 1440 === 1439;
}
function isDate(text) {
  return text.length === 10 && validDate(text);
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
function createValidator(check, alwaysStrict) {
  const validate = (value, options) => {
    const strict = alwaysStrict || options?.mode === "strict";
    const onUnknown = strict ? void 0 : options?.onUnknown;
    const ctx = { issues: void 0, strict, scan: strict || onUnknown !== void 0, quiet: 0, onUnknown };
    return check(value, "", ctx) ? { ok: true, value } : { ok: false, issues: ctx.issues ?? [] };
  };
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
function pointerPath(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}
export {
  codePoints,
  createValidator,
  describe,
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
  secretName,
  unknownEnum,
  unknownProperty
};
