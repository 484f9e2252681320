import { literal, valueKeywordRule, where } from "./helpers.js";

export default valueKeywordRule(
  "response-format-added",
  "format",
  "added",
  (ctx, before, after) => `${where(ctx)}: format ${literal(before)} → ${literal(after)}`,
);
