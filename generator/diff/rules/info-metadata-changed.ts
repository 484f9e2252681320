import { isObject } from "../../json.js";
import { defineRule, finding, same, show } from "./helpers.js";

/** Contact, license, terms of service, external docs: documentation about the API, not its contract. */
const FIELDS: Array<[string, (doc: Record<string, unknown>) => unknown]> = [
  ["/info/contact", (d) => (isObject(d.info as never) ? (d.info as Record<string, unknown>).contact : undefined)],
  ["/info/license", (d) => (isObject(d.info as never) ? (d.info as Record<string, unknown>).license : undefined)],
  ["/info/termsOfService", (d) => (isObject(d.info as never) ? (d.info as Record<string, unknown>).termsOfService : undefined)],
  ["/externalDocs", (d) => d.externalDocs],
];

export default defineRule("info-metadata-changed", "document", (pair) => {
  const out = [];
  for (const [pointer, read] of FIELDS) {
    const before = read(pair.before) as never;
    const after = read(pair.after) as never;
    if (same(before, after)) continue;
    out.push(finding(`${pointer.slice(1).replace("/", ".")}: ${show(before)} → ${show(after)}`, before, after, pointer));
  }
  return out;
});
