import { propertyRule, where } from "./helpers.js";

/** Code that assumed it is always present may read undefined. */
export default propertyRule("response-property-became-optional", "became-optional", (ctx) => `property ${where(ctx)} became optional`);
