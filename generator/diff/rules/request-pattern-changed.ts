import { literal, valueKeywordRule, where } from "./helpers.js";

export default valueKeywordRule(
  "request-pattern-changed",
  "pattern",
  "changed",
  (ctx, before, after) => `${where(ctx)}: pattern ${literal(before)} → ${literal(after)}`,
);
