import { isObject } from "../../json.js";
import { defineRule, finding, same } from "./helpers.js";

export default defineRule("api-version-changed", "document", (pair) => {
  const before = isObject(pair.before.info) ? pair.before.info.version : undefined;
  const after = isObject(pair.after.info) ? pair.after.info.version : undefined;
  return same(before, after)
    ? []
    : [finding(`info.version ${JSON.stringify(before ?? null)} → ${JSON.stringify(after ?? null)}`, before, after, "/info/version")];
});
