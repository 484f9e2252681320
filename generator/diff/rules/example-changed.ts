import { defineRule, finding, where } from "./helpers.js";

/** `example` (OpenAPI) and `examples` (JSON Schema / OpenAPI) both illustrate and never constrain. */
export default defineRule("example-changed", "documentation", (pair, ctx, at) =>
  pair.keyword === "example" || pair.keyword === "examples"
    ? [
        finding(
          `${where(ctx)}: ${pair.keyword} ${pair.before === undefined ? "added" : pair.after === undefined ? "removed" : "edited"}`,
          pair.before,
          pair.after,
          at,
        ),
      ]
    : [],
);
