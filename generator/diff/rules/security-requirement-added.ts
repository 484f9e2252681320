import { defineRule, finding } from "./helpers.js";
import { compareSecurity } from "./security.js";

/**
 * The operation no longer accepts a way of authenticating it accepted before
 * (effective requirement: the operation's `security`, else the document's,
 * OpenAPI 3.1 §4.8.10) — e.g. a new scheme or scope required, or anonymous calls
 * refused. Calls made the old way are rejected.
 */
export default defineRule("security-requirement-added", "operation", (pair, ctx, at) => {
  if (!pair.before || !pair.after) return [];
  const change = compareSecurity(pair.beforeSecurity, pair.afterSecurity);
  if (change.dropped.length === 0) return [];
  const now = change.after.join(" or ");
  return [
    finding(
      `${ctx.method} ${ctx.path}: security now requires ${now} (no longer accepts ${change.dropped.join(" or ")})`,
      change.before,
      change.after,
      `${at}/security`,
    ),
  ];
});
