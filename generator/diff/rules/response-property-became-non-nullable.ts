import { nullableRule } from "./helpers.js";

export default nullableRule("response-property-became-non-nullable", false);
