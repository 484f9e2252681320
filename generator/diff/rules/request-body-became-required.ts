import { defineRule, finding } from "./helpers.js";

export default defineRule("request-body-became-required", "requestBody", (pair, _ctx, at) =>
  pair.before && pair.after && pair.before.required !== true && pair.after.required === true
    ? [finding("request body became required", false, true, `${at}/required`)]
    : [],
);
