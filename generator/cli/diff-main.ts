/** Stand-alone entry for the diff command (tests spawn it; the CLI calls runDiffCommand directly). */
import { runDiffCommand } from "./diff.js";

process.exitCode = await runDiffCommand(process.argv.slice(2));
