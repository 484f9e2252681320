import { literal, valueKeywordRule, where } from "./helpers.js";

export default valueKeywordRule(
  "response-pattern-removed",
  "pattern",
  "removed",
  (ctx, before, after) => `${where(ctx)}: pattern ${literal(before)} → ${literal(after)}`,
);
