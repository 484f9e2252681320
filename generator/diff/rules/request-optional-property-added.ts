import { propertyRule, where } from "./helpers.js";

export default propertyRule("request-optional-property-added", "added-optional", (ctx) => `property ${where(ctx)} added (optional)`);
