import { enumRule } from "./helpers.js";

export default enumRule("request-enum-value-added", "added");
