import { defineRule, finding, keywordPtr, same, show, where } from "./helpers.js";

/**
 * Every schema keyword that no specific rule judges (uniqueItems, multipleOf,
 * not, prefixItems, discriminator, readOnly, writeOnly, …). Reported so that no
 * contract change goes unseen; its effect is not judged, hence a warning.
 */
const JUDGED_ELSEWHERE = new Set([
  "type",
  "nullable",
  "enum",
  "const",
  "pattern",
  "format",
  "default",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "minProperties",
  "maxProperties",
  "properties",
  "required",
  "items",
  "additionalProperties",
  "$id",
  "deprecated",
  // documentation (rules on the documentation pair)
  "description",
  "title",
  "example",
  "examples",
  "$comment",
  "externalDocs",
  "$schema",
]);

export default defineRule("schema-keyword-changed", "schema", (pair, ctx) => {
  if (pair.compare === "nullability") return [];
  const keys = new Set([...Object.keys(pair.before.keywords), ...Object.keys(pair.after.keywords)]);
  const out = [];
  for (const keyword of [...keys].sort()) {
    if (JUDGED_ELSEWHERE.has(keyword) || keyword.startsWith("x-")) continue;
    const before = pair.before.keywords[keyword];
    const after = pair.after.keywords[keyword];
    if (same(before, after)) continue;
    // `items` as an array is the 3.0/draft-04 tuple form; compared whole here.
    const location = after === undefined ? keywordPtr(pair.before, keyword) : keywordPtr(pair.after, keyword);
    out.push(finding(`${where(ctx)}: \`${keyword}\` ${show(before)} → ${show(after)}`, before, after, location));
  }
  return out;
});
