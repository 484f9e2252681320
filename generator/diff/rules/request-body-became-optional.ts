import { defineRule, finding } from "./helpers.js";

export default defineRule("request-body-became-optional", "requestBody", (pair, _ctx, at) =>
  pair.before && pair.after && pair.before.required === true && pair.after.required !== true
    ? [finding("request body became optional", true, pair.after.required ?? false, at)]
    : [],
);
