import { defineRule, finding, isSuccessStatus } from "./helpers.js";

/** The client may now receive an error its generated error union does not name. */
export default defineRule("response-error-status-added", "response", (pair, _ctx, at) =>
  !pair.before && pair.after && !isSuccessStatus(pair.status)
    ? [finding(`error response ${pair.status} added`, undefined, pair.status, at)]
    : [],
);
