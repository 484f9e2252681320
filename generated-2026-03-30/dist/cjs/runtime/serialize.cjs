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
var serialize_exports = {};
__export(serialize_exports, {
  serializeRequest: () => serializeRequest
});
module.exports = __toCommonJS(serialize_exports);
function serializeRequest(baseUrl, descriptor, input) {
  const values = input || {};
  const issues = [];
  const used = /* @__PURE__ */ new Set();
  const own = (name) => Object.prototype.hasOwnProperty.call(values, name) ? values[name] : void 0;
  const take = (name) => {
    used.add(name);
    return own(name);
  };
  const path = descriptor.path.replace(/\{([^}]+)\}/g, (_, name) => {
    const value = take(name);
    if (typeof value === "number" || typeof value === "string" && value !== "." && value !== ".." && value) {
      return encodeURIComponent(value);
    }
    const found = value === void 0 ? "nothing (missing)" : typeof value === "string" ? JSON.stringify(value) : typeof value;
    issues.push({
      pointer: `/${name}`,
      expected: "path value",
      found,
      message: `/${name}: expected a path value that is one segment (not "", "." or ".."), found ${found}`
    });
    return "";
  });
  if (issues.length) return issues;
  let search = "";
  if (descriptor.query) {
    const query = new URLSearchParams();
    for (const name of descriptor.query) {
      let value = take(name);
      if (descriptor.deepObject?.(query, name, value)) continue;
      if (Array.isArray(value) && !descriptor.explode?.includes(name)) value = value.length ? value.join(",") : void 0;
      for (const item of [].concat(value ?? [])) query.append(name, String(item));
    }
    search = query.toString();
  }
  const headers = {};
  for (const name of descriptor.header || []) {
    const value = take(name);
    if (value != null) headers[name] = String(value);
  }
  const request = { url: baseUrl.replace(/\/+$/, "") + path + (search && `?${search}`), headers };
  let body = descriptor.body === "nested" ? own("body") : void 0;
  if (descriptor.body === "flat") {
    const fields = /* @__PURE__ */ Object.create(null);
    for (const name of Object.keys(values)) if (!used.has(name)) fields[name] = values[name];
    body = fields;
  }
  if (body !== void 0) {
    request.body = JSON.stringify(body);
    headers["content-type"] = "application/json";
  }
  return request;
}
