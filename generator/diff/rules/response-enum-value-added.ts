import { enumRule } from "./helpers.js";

export default enumRule("response-enum-value-added", "added");
