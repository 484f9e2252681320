import { defineRule, finding } from "./helpers.js";

export default defineRule("request-parameter-became-required", "parameter", (pair, ctx, at) =>
  pair.before && pair.after && pair.before.required !== true && pair.after.required === true
    ? [finding(`${ctx.place} became required`, false, true, `${at}/required`)]
    : [],
);
