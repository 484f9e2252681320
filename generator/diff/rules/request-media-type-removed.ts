import { defineRule, finding } from "./helpers.js";

export default defineRule("request-media-type-removed", "mediaType", (pair, ctx, at) =>
  pair.before && !pair.after
    ? [finding(`${ctx.place.replace(/ \([^)]*\)$/, "")}: media type ${pair.name} removed`, pair.name, undefined, at)]
    : [],
);
