import { defineRule, finding, isSuccessStatus } from "./helpers.js";

export default defineRule("response-success-status-added", "response", (pair, _ctx, at) =>
  !pair.before && pair.after && isSuccessStatus(pair.status)
    ? [finding(`success response ${pair.status} added`, undefined, pair.status, at)]
    : [],
);
