import { defineRule, finding, keywordPtr, where } from "./helpers.js";

/** `deprecated: true` on a schema (JSON Schema 2020-12 meta-data §9.3): still valid, marked for removal. */
export default defineRule("property-deprecated", "schema", (pair, ctx) => {
  if (pair.compare === "nullability") return [];
  if (pair.before.keywords.deprecated === true || pair.after.keywords.deprecated !== true) return [];
  return [finding(`${where(ctx)} is now deprecated`, pair.before.keywords.deprecated ?? false, true, keywordPtr(pair.after, "deprecated"))];
});
