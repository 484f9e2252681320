import { literal, valueKeywordRule, where } from "./helpers.js";
import { isErrorCode } from "./response-error-code-changed.js";

export default valueKeywordRule(
  "response-const-added",
  "const",
  "added",
  (ctx, before, after) => `${where(ctx)}: const ${literal(before)} → ${literal(after)}`,
  isErrorCode,
);
