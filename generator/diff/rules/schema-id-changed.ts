import { defineRule, finding, keywordPtr, literal, same, where } from "./helpers.js";

/**
 * `$id` names a schema resource (JSON Schema 2020-12 §8.2.1): it changes the base
 * URI of relative references and may change the generated type's name, but no value.
 */
export default defineRule("schema-id-changed", "schema", (pair, ctx) => {
  if (pair.compare === "nullability") return [];
  const before = pair.before.keywords.$id;
  const after = pair.after.keywords.$id;
  if (same(before, after)) return [];
  const location = after === undefined ? keywordPtr(pair.before, "$id") : keywordPtr(pair.after, "$id");
  return [finding(`${where(ctx)}: $id ${literal(before)} → ${literal(after)}`, before, after, location)];
});
