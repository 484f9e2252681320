import { defineRule, finding, same } from "./helpers.js";

/** Tags group operations in docs; compared as sets (their order carries no meaning). */
export default defineRule("operation-tags-changed", "operation", (pair, ctx, at) => {
  if (!pair.before || !pair.after) return [];
  const tags = (value: unknown) => (Array.isArray(value) ? value.filter((t): t is string => typeof t === "string").sort() : []);
  const before = tags(pair.before.tags);
  const after = tags(pair.after.tags);
  if (same(before, after)) return [];
  return [finding(`${ctx.method} ${ctx.path}: tags ${JSON.stringify(before)} → ${JSON.stringify(after)}`, before, after, `${at}/tags`)];
});
