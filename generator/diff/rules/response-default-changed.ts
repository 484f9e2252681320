import { literal, valueKeywordRule, where } from "./helpers.js";

export default valueKeywordRule(
  "response-default-changed",
  "default",
  "any",
  (ctx, before, after) => `${where(ctx)}: default ${literal(before)} → ${literal(after)}`,
);
