import { boundsRule } from "./helpers.js";

export default boundsRule("response-range-widened", "range", "widened");
