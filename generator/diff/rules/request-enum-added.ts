import { enumPresenceRule } from "./helpers.js";

/** Values outside the new list are refused. */
export default enumPresenceRule("request-enum-added", "added");
