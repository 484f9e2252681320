import { defineRule, finding, show } from "./helpers.js";

/** x-* keys are vendor metadata (here: Kong gateway settings); they never change the typed contract. */
export default defineRule("extension-changed", "extension", (pair, ctx, at) => {
  const verb = pair.before === undefined ? "added" : pair.after === undefined ? "removed" : "changed";
  const detail = verb === "changed" ? `: ${show(pair.before)} → ${show(pair.after)}` : "";
  return [
    finding(`extension \`${pair.key}\` ${verb}${ctx.place === "document" ? "" : ` (${ctx.place})`}${detail}`, pair.before, pair.after, at),
  ];
});
