import { defineRule, finding, same } from "./helpers.js";

/** The generated client names its functions and types after operationId: a rename breaks every call site. */
export default defineRule("operation-id-changed", "operation", (pair, ctx, at) =>
  pair.before && pair.after && !same(pair.before.operationId, pair.after.operationId)
    ? [
        finding(
          `${ctx.method} ${ctx.path}: operationId ${JSON.stringify(pair.before.operationId ?? null)} → ${JSON.stringify(pair.after.operationId ?? null)} (generated function names change)`,
          pair.before.operationId,
          pair.after.operationId,
          `${at}/operationId`,
        ),
      ]
    : [],
);
