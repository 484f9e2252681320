import { defineRule, finding } from "./helpers.js";

export default defineRule("request-parameter-added-optional", "parameter", (pair, ctx, at) =>
  !pair.before && pair.after && pair.after.required !== true
    ? [finding(`new optional ${ctx.place}`, undefined, { in: pair.in, name: pair.name, required: false }, at)]
    : [],
);
