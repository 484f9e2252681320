/**
 * The CLI's `generate --accept --spec <spec> --out <out>`, with the clock fixed so
 * that two runs give byte-identical trees, and one stdout line per file written
 * into the staging folder (`file <n> <path>`) so the SIGKILL test can aim its
 * kills at the write stage. Exit codes as in generator/cli.ts.
 *   node --import tsx test/hardening/bin/generate-fixed-clock.ts <spec> <out>
 */
import { exitCodeOf } from "../../../generator/errors.js";
import { defaultGenerateOptions, runGenerate } from "../../../generator/pipeline.js";

const [spec, out] = process.argv.slice(2);
if (!spec || !out) {
  process.stderr.write("usage: generate-fixed-clock.ts <spec> <out>\n");
  process.exit(2);
}
let written = 0;
try {
  process.exitCode = await runGenerate(
    defaultGenerateOptions({
      source: spec,
      outDir: out,
      accept: true,
      now: () => new Date("2026-01-02T03:04:05.000Z"),
      log: { info: () => {}, warn: () => {}, out: () => {} },
      writeHooks: { afterFile: (path) => void process.stdout.write(`file ${++written} ${path}\n`) },
    }),
  );
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = exitCodeOf(error);
}
