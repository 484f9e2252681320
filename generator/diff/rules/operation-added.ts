import { defineRule, finding } from "./helpers.js";

/** A new method + path. Compatible: nothing a client did before stops working. */
export default defineRule("operation-added", "operation", (pair, ctx, at) =>
  !pair.before && pair.after ? [finding(`${ctx.method} ${ctx.path} added`, undefined, pair.after.operationId ?? null, at)] : [],
);
