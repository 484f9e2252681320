import { propertyRule, where } from "./helpers.js";

export default propertyRule("request-property-became-optional", "became-optional", (ctx) => `property ${where(ctx)} became optional`);
