import { literal, valueKeywordRule, where } from "./helpers.js";

export default valueKeywordRule(
  "request-pattern-added",
  "pattern",
  "added",
  (ctx, before, after) => `${where(ctx)}: pattern ${literal(before)} → ${literal(after)}`,
);
