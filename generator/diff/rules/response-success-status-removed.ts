import { defineRule, finding, isSuccessStatus } from "./helpers.js";

/** Code typed against this success body no longer receives it. */
export default defineRule("response-success-status-removed", "response", (pair, _ctx, at) =>
  pair.before && !pair.after && isSuccessStatus(pair.status)
    ? [finding(`success response ${pair.status} removed`, pair.status, undefined, at)]
    : [],
);
