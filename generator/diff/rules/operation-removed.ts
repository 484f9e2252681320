import { defineRule, finding } from "./helpers.js";

/** A method + path gone without being deprecated first: every caller of it breaks. */
export default defineRule("operation-removed", "operation", (pair, ctx, at) =>
  pair.before && !pair.after && pair.before.deprecated !== true
    ? [finding(`${ctx.method} ${ctx.path} removed (it was not deprecated first)`, pair.before.operationId ?? null, undefined, at)]
    : [],
);
