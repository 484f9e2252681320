import { defineRule, finding, where } from "./helpers.js";

export default defineRule("title-changed", "documentation", (pair, ctx, at) =>
  pair.keyword === "title"
    ? [
        finding(
          `${where(ctx)}: title ${pair.before === undefined ? "added" : pair.after === undefined ? "removed" : "edited"}`,
          pair.before,
          pair.after,
          at,
        ),
      ]
    : [],
);
