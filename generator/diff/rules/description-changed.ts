import { defineRule, finding, where } from "./helpers.js";

export default defineRule("description-changed", "documentation", (pair, ctx, at) =>
  pair.keyword === "description"
    ? [
        finding(
          `${where(ctx)}: description ${pair.before === undefined ? "added" : pair.after === undefined ? "removed" : "edited"}`,
          pair.before,
          pair.after,
          at,
        ),
      ]
    : [],
);
