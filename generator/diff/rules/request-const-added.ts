import { literal, valueKeywordRule, where } from "./helpers.js";

export default valueKeywordRule(
  "request-const-added",
  "const",
  "added",
  (ctx, before, after) => `${where(ctx)}: const ${literal(before)} → ${literal(after)}`,
);
