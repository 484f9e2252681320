#!/usr/bin/env node
/**
 * Command line: picks the command and turns how it ended into an exit code
 * (the one table: errors.ts EXIT). Each command's flags live with it:
 *   generate  cli/generate.ts: fetch the upstream, compare with the snapshot, regenerate generated/
 *   diff      cli/diff.ts: compare two OpenAPI documents (files, URLs or stdin)
 */
import { describeError, EXIT, exitCodeOf } from "./errors.js";

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    // Each command's code is loaded only when it runs: `diff` never parses the pipeline.
    if (command === "generate") {
      const { generateCommand } = await import("./cli/generate.js");
      return await generateCommand(rest);
    }
    if (command === "diff") {
      const { runDiffCommand } = await import("./cli/diff.js");
      return await runDiffCommand(rest);
    }
    process.stdout.write("Usage: tsx generator/cli.ts <generate|diff> [flags]  (see --help of each)\n");
    return command === "--help" || command === "-h" ? EXIT.ok : EXIT.badInput;
  } catch (error) {
    process.stderr.write(`${describeError(error)}\n`);
    return exitCodeOf(error);
  }
}

process.exitCode = await main(process.argv.slice(2));
