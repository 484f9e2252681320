import { defineRule, finding } from "./helpers.js";

/** A method + path gone after a deprecation notice: callers were warned, but may remain. */
export default defineRule("operation-removed-after-deprecation", "operation", (pair, ctx, at) =>
  pair.before && !pair.after && pair.before.deprecated === true
    ? [finding(`${ctx.method} ${ctx.path} removed (it was deprecated)`, pair.before.operationId ?? null, undefined, at)]
    : [],
);
