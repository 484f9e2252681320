import { enumPresenceRule } from "./helpers.js";

/** The client may receive values its generated union of literals does not name. */
export default enumPresenceRule("response-enum-removed", "removed");
