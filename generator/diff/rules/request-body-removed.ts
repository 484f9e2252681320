import { defineRule, finding } from "./helpers.js";

export default defineRule("request-body-removed", "requestBody", (pair, _ctx, at) =>
  pair.before && !pair.after ? [finding("request body removed", { required: pair.before.required === true }, undefined, at)] : [],
);
