import { defineRule, finding } from "./helpers.js";

export default defineRule("request-body-added-required", "requestBody", (pair, _ctx, at) =>
  !pair.before && pair.after && pair.after.required === true
    ? [finding("new required request body", undefined, { required: true }, at)]
    : [],
);
