import { defineRule, finding } from "./helpers.js";

/** The generated client no longer accepts it: callers that pass it stop compiling, and the server no longer reads it. */
export default defineRule("request-parameter-removed", "parameter", (pair, ctx, at) =>
  pair.before && !pair.after
    ? [finding(`${ctx.place} removed`, { in: pair.in, name: pair.name, required: pair.before.required === true }, undefined, at)]
    : [],
);
