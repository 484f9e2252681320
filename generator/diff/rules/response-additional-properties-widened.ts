import { additionalPropertiesRule } from "./helpers.js";

export default additionalPropertiesRule("response-additional-properties-widened", "widened");
