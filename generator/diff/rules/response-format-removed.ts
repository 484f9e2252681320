import { literal, valueKeywordRule, where } from "./helpers.js";

export default valueKeywordRule(
  "response-format-removed",
  "format",
  "removed",
  (ctx, before, after) => `${where(ctx)}: format ${literal(before)} → ${literal(after)}`,
);
