import { defineRule, finding } from "./helpers.js";

export default defineRule("request-body-added-optional", "requestBody", (pair, _ctx, at) =>
  !pair.before && pair.after && pair.after.required !== true
    ? [finding("new optional request body", undefined, { required: false }, at)]
    : [],
);
