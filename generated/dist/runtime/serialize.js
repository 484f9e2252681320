function serializeRequest(baseUrl, descriptor, input) {
  const values = input || {};
  const issues = [];
  const used = {};
  const path = descriptor.path.replace(/\{([^}]+)\}/g, (_, name) => {
    used[name] = true;
    const value = values[name];
    if (typeof value === "string" ? value : typeof value === "number") return encodeURIComponent(value);
    const found = value === void 0 ? "nothing (missing)" : typeof value;
    issues.push({
      pointer: `/${name}`,
      expected: "path value",
      found,
      message: `/${name}: expected a non-empty path value, found ${found}`
    });
    return "";
  });
  if (issues.length) return issues;
  const query = new URLSearchParams();
  for (const name of descriptor.query || []) {
    used[name] = true;
    const value = values[name];
    if (Array.isArray(value)) {
      if (descriptor.explode && descriptor.explode.indexOf(name) >= 0) for (const item of value) query.append(name, String(item));
      else if (value.length) query.append(name, value.join(","));
    } else if (value != null) query.append(name, String(value));
  }
  const headers = {};
  for (const name of descriptor.header || []) {
    used[name] = true;
    const value = values[name];
    if (value != null) headers[name] = String(value);
  }
  const search = query.toString();
  const request = { url: baseUrl.replace(/\/+$/, "") + path + (search ? `?${search}` : ""), headers };
  let body;
  if (descriptor.body === "nested") body = values.body;
  else if (descriptor.body === "flat") {
    const fields = {};
    for (const name of Object.keys(values)) if (!used[name] && values[name] !== void 0) fields[name] = values[name];
    body = fields;
  }
  if (body !== void 0) {
    request.body = JSON.stringify(body);
    headers["content-type"] = "application/json";
  }
  return request;
}
export {
  serializeRequest
};
