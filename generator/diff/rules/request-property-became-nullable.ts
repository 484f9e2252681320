import { nullableRule } from "./helpers.js";

export default nullableRule("request-property-became-nullable", true);
