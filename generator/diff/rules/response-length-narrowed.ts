import { boundsRule } from "./helpers.js";

export default boundsRule("response-length-narrowed", "length", "narrowed");
