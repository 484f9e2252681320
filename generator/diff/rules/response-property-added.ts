import { propertyRule, where } from "./helpers.js";

export default propertyRule("response-property-added", "added", (ctx) => `property ${where(ctx)} added`);
