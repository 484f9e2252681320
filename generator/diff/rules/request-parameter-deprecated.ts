import { defineRule, finding } from "./helpers.js";

/** Still accepted; a signal to stop sending it before it is removed. */
export default defineRule("request-parameter-deprecated", "parameter", (pair, ctx, at) =>
  pair.before && pair.after && pair.before.deprecated !== true && pair.after.deprecated === true
    ? [finding(`${ctx.place} is now deprecated`, false, true, `${at}/deprecated`)]
    : [],
);
