import { defineRule, finding } from "./helpers.js";

export default defineRule("operation-undeprecated", "operation", (pair, ctx, at) =>
  pair.before && pair.after && pair.before.deprecated === true && pair.after.deprecated !== true
    ? [finding(`${ctx.method} ${ctx.path} is no longer deprecated`, true, pair.after.deprecated ?? undefined, at)]
    : [],
);
