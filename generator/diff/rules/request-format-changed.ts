import { literal, valueKeywordRule, where } from "./helpers.js";

export default valueKeywordRule(
  "request-format-changed",
  "format",
  "changed",
  (ctx, before, after) => `${where(ctx)}: format ${literal(before)} → ${literal(after)}`,
);
