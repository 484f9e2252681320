import { defineRule, finding } from "./helpers.js";

export default defineRule("request-media-type-added", "mediaType", (pair, ctx, at) =>
  !pair.before && pair.after
    ? [finding(`${ctx.place.replace(/ \([^)]*\)$/, "")}: media type ${pair.name} added`, undefined, pair.name, at)]
    : [],
);
