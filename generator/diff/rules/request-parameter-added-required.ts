import { defineRule, finding } from "./helpers.js";

/** Every existing call lacks it: the server rejects them. */
export default defineRule("request-parameter-added-required", "parameter", (pair, ctx, at) =>
  !pair.before && pair.after && pair.after.required === true
    ? [finding(`new required ${ctx.place}`, undefined, { in: pair.in, name: pair.name, required: true }, at)]
    : [],
);
