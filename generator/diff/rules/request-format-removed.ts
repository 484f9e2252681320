import { literal, valueKeywordRule, where } from "./helpers.js";

export default valueKeywordRule(
  "request-format-removed",
  "format",
  "removed",
  (ctx, before, after) => `${where(ctx)}: format ${literal(before)} → ${literal(after)}`,
);
