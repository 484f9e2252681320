import { defineRule, finding, where } from "./helpers.js";

export default defineRule("summary-changed", "documentation", (pair, ctx, at) =>
  pair.keyword === "summary"
    ? [
        finding(
          `${where(ctx)}: summary ${pair.before === undefined ? "added" : pair.after === undefined ? "removed" : "edited"}`,
          pair.before,
          pair.after,
          at,
        ),
      ]
    : [],
);
