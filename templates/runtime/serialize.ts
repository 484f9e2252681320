/**
 * Input object → URL, headers and JSON body, following the operation's descriptor.
 * Path values go through encodeURIComponent; query strings through URLSearchParams, which
 * percent-encodes "+" (E.164 numbers such as +15555550100 must travel as %2B15555550100).
 * A path value must be one whole segment: "", "." and ".." are refused, because the URL
 * parser would drop them (`DELETE /v1/contacts/..` becomes `DELETE /v1/`).
 * Objects built here have no prototype, so input keys such as "constructor" or "__proto__"
 * are data like any other.
 */
import type { ValidationIssue } from "./issues.js";
import type { OperationDescriptor } from "./types.js";

export interface SerializedRequest {
  url: string;
  headers: Record<string, string>;
  /** JSON text, when the operation has a body. */
  body?: string;
}

type Scalar = string | number | boolean;

/** Returns the request, or the issues that stop it from being sent (a missing path value). */
export function serializeRequest(
  baseUrl: string,
  descriptor: OperationDescriptor,
  input: Record<string, unknown> | undefined,
): SerializedRequest | ValidationIssue[] {
  const values = input || {};
  const issues: ValidationIssue[] = [];
  // Fields that go to the path, query or headers; a "flat" body gets all the others.
  const used = new Set<string>();
  // Own properties only: a missing field must not find Object.prototype's members.
  const own = (name: string): unknown => (Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined);
  const take = (name: string): unknown => {
    used.add(name);
    return own(name);
  };
  const path = descriptor.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = take(name);
    if (typeof value === "number" || (typeof value === "string" && value !== "." && value !== ".." && value)) {
      return encodeURIComponent(value as Scalar);
    }
    const found = value === undefined ? "nothing (missing)" : typeof value === "string" ? JSON.stringify(value) : typeof value;
    issues.push({
      pointer: `/${name}`,
      expected: "path value",
      found,
      message: `/${name}: expected a path value that is one segment (not "", "." or ".."), found ${found}`,
    });
    return "";
  });
  if (issues.length) return issues;

  // Built only for an operation with query fields: most calls (every POST) have none.
  let search = "";
  if (descriptor.query) {
    const query = new URLSearchParams();
    for (const name of descriptor.query) {
      let value = take(name);
      // deepObject fields: written by the descriptor's own writer (deep-object.ts), so only operations that have them carry it.
      if (descriptor.deepObject?.(query, name, value)) continue;
      // Arrays repeat the key when exploded, else travel comma-joined (an empty one not at all).
      if (Array.isArray(value) && !descriptor.explode?.includes(name)) value = value.length ? value.join(",") : undefined;
      for (const item of ([] as unknown[]).concat(value ?? [])) query.append(name, String(item));
    }
    search = query.toString();
  }

  const headers: Record<string, string> = {};
  for (const name of descriptor.header || []) {
    const value = take(name);
    if (value != null) headers[name] = String(value);
  }

  const request: SerializedRequest = { url: baseUrl.replace(/\/+$/, "") + path + (search && `?${search}`), headers };
  let body = descriptor.body === "nested" ? own("body") : undefined;
  if (descriptor.body === "flat") {
    // JSON.stringify leaves out undefined values. No prototype: `fields.__proto__ = x` stays a property.
    const fields: Record<string, unknown> = Object.create(null);
    for (const name of Object.keys(values)) if (!used.has(name)) fields[name] = values[name];
    body = fields;
  }
  if (body !== undefined) {
    request.body = JSON.stringify(body);
    headers["content-type"] = "application/json";
  }
  return request;
}
