import { literal, valueKeywordRule, where } from "./helpers.js";

export default valueKeywordRule(
  "response-format-changed",
  "format",
  "changed",
  (ctx, before, after) => `${where(ctx)}: format ${literal(before)} → ${literal(after)}`,
);
