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
var webhook_shapes_exports = {};
__export(webhook_shapes_exports, {
  shapeIssues: () => shapeIssues
});
module.exports = __toCommonJS(webhook_shapes_exports);
function shapeIssues(shape, value, strict) {
  const run = { strict, issues: [], quiet: 0 };
  check(shape, value, "", run);
  return run.issues;
}
function check(shape, value, pointer, run) {
  if (value === null && shape.nullable) return true;
  let ok;
  switch (shape.type) {
    case "string":
      ok = typeof value === "string" && (shape.format === void 0 || shape.format.test(value)) && (shape.pattern === void 0 || shape.pattern.test(value)) && // Code points, as JSON Schema counts; spread only when there is a bound to compare with.
      (shape.minLength === void 0 && shape.maxLength === void 0 || within([...value].length, shape.minLength, shape.maxLength));
      break;
    case "number":
    case "integer":
      ok = typeof value === "number" && Number.isFinite(value) && (shape.type === "number" || Number.isInteger(value)) && within(value, shape.minimum, shape.maximum) && !(value <= (shape.exclusiveMinimum ?? Number.NEGATIVE_INFINITY) || value >= (shape.exclusiveMaximum ?? Number.POSITIVE_INFINITY)) && (shape.multipleOf === void 0 || Number.isInteger(value / shape.multipleOf));
      break;
    case "boolean":
      ok = typeof value === "boolean";
      break;
    case "null":
      ok = value === null;
      break;
    case "any":
      return true;
    case "const":
      ok = value === shape.value;
      break;
    case "enum":
      ok = shape.values.includes(value) || !run.strict && shape.values.every((v) => typeof v === typeof value);
      break;
    case "array":
      ok = Array.isArray(value) && within(value.length, shape.minItems, shape.maxItems);
      if (ok) {
        value.forEach((item, i) => {
          ok = check(shape.items, item, `${pointer}/${i}`, run) && ok;
        });
        return ok;
      }
      break;
    case "object":
      if (typeof value === "object" && value !== null && !Array.isArray(value)) return checkObject(shape, value, pointer, run);
      ok = false;
      break;
    case "anyOf":
      run.quiet++;
      ok = shape.variants.some((variant) => check(variant, value, pointer, run));
      run.quiet--;
      break;
    case "allOf":
      return shape.members.every((member) => check(member, value, pointer, run));
  }
  return ok || issue(run, pointer, expected(shape), value === void 0 ? "nothing" : found(shape, value));
}
function checkObject(shape, object, pointer, run) {
  let ok = true;
  const record = object;
  for (const [name, property, required] of shape.properties) {
    const value = Object.prototype.hasOwnProperty.call(record, name) ? record[name] : void 0;
    const at = `${pointer}/${escapeSegment(name)}`;
    if (value !== void 0) ok = check(property, value, at, run) && ok;
    else if (required) ok = issue(run, at, `${expected(property)} (required)`, "nothing (missing)");
  }
  const others = shape.others;
  if (others === 1 || others === void 0 && !run.strict) return ok;
  for (const key of Object.keys(record)) {
    if (shape.properties.some(([name]) => name === key)) continue;
    const at = `${pointer}/${escapeSegment(key)}`;
    ok = (others === void 0 ? issue(run, at, "no such property", found(others, record[key])) : check(others, record[key], at, run)) && ok;
  }
  return ok;
}
function within(n, min, max) {
  return !(min !== void 0 && n < min) && !(max !== void 0 && n > max);
}
function issue(run, pointer, expected2, found2) {
  if (run.quiet === 0)
    run.issues.push({ pointer, expected: expected2, found: found2, message: `${pointer || "(root)"}: expected ${expected2}, found ${found2}` });
  return false;
}
function escapeSegment(key) {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
function expected(shape) {
  const text = shape.type === "string" ? shape.format ? shape.format.name : shape.pattern ? `string matching /${shape.pattern.source}/` : "string" : shape.type === "const" ? JSON.stringify(shape.value) : shape.type === "enum" ? `one of ${shape.values.map((v) => JSON.stringify(v)).join(", ")}` : shape.type === "anyOf" ? shape.variants.map(expected).join(" or ") : shape.type === "allOf" ? "all of its members" : shape.type === "any" ? "a value" : shape.type;
  return shape.nullable ? `${text} or null` : text;
}
function found(shape, value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "string")
    return shape?.type === "enum" || shape?.type === "const" ? `string ${JSON.stringify(value.slice(0, 40))}` : "string";
  return typeof value === "number" || typeof value === "boolean" ? `${typeof value} ${value}` : typeof value;
}
