import { defineRule, finding } from "./helpers.js";
import { compareSecurity } from "./security.js";

/** New ways to authenticate are accepted and none of the old ones is dropped: the operation accepts more. */
export default defineRule("security-requirement-removed", "operation", (pair, ctx, at) => {
  if (!pair.before || !pair.after) return [];
  const change = compareSecurity(pair.beforeSecurity, pair.afterSecurity);
  if (change.dropped.length > 0 || change.gained.length === 0) return [];
  return [
    finding(
      `${ctx.method} ${ctx.path}: security relaxed: now also accepts ${change.gained.join(" or ")}`,
      change.before,
      change.after,
      `${at}/security`,
    ),
  ];
});
