import { defineRule, finding } from "./helpers.js";

export default defineRule("operation-deprecated", "operation", (pair, ctx, at) =>
  pair.before && pair.after && pair.before.deprecated !== true && pair.after.deprecated === true
    ? [finding(`${ctx.method} ${ctx.path} is now deprecated: plan to stop calling it`, false, true, `${at}/deprecated`)]
    : [],
);
