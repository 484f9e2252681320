import { defineRule, finding } from "./helpers.js";

/** Code that reads the header (a rate-limit counter, a request id) gets nothing. */
export default defineRule("response-header-removed", "header", (pair, ctx, at) =>
  pair.before && !pair.after ? [finding(`${ctx.place} removed`, pair.name, undefined, at)] : [],
);
