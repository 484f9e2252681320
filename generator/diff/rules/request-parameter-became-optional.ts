import { defineRule, finding } from "./helpers.js";

export default defineRule("request-parameter-became-optional", "parameter", (pair, ctx, at) =>
  pair.before && pair.after && pair.before.required === true && pair.after.required !== true
    ? [finding(`${ctx.place} became optional`, true, pair.after.required ?? false, at)]
    : [],
);
