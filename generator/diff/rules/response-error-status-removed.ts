import { defineRule, finding, isSuccessStatus } from "./helpers.js";

export default defineRule("response-error-status-removed", "response", (pair, _ctx, at) =>
  pair.before && !pair.after && !isSuccessStatus(pair.status)
    ? [finding(`error response ${pair.status} removed`, pair.status, undefined, at)]
    : [],
);
