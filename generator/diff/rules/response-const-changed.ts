import { isErrorCode } from "./response-error-code-changed.js";
import { literal, valueKeywordRule, where } from "./helpers.js";

export default valueKeywordRule(
  "response-const-changed",
  "const",
  "changed",
  (ctx, before, after) => `${where(ctx)}: const ${literal(before)} → ${literal(after)}`,
  isErrorCode,
);
