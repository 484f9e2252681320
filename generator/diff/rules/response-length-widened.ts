import { boundsRule } from "./helpers.js";

export default boundsRule("response-length-widened", "length", "widened");
