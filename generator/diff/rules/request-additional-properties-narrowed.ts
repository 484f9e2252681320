import { additionalPropertiesRule } from "./helpers.js";

export default additionalPropertiesRule("request-additional-properties-narrowed", "narrowed");
