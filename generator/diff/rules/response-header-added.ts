import { defineRule, finding } from "./helpers.js";

export default defineRule("response-header-added", "header", (pair, ctx, at) =>
  !pair.before && pair.after ? [finding(`${ctx.place} added`, undefined, pair.name, at)] : [],
);
