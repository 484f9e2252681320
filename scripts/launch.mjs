// Runs the generator's CLI (`npm run generate`, `npm run diff`) without a TypeScript loader:
// esbuild bundles generator/cli.ts (dependencies stay external) into node_modules/.cache
// in about a tenth of a second, then Node runs plain JavaScript. Through tsx the same
// command spent most of a second loading and transforming modules at every start.
import { mkdirSync, renameSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const outDir = join(root, "node_modules", ".cache", "openphone-codegen");
// Per-process name, then rename: parallel runs never import a half-written bundle.
const staged = join(outDir, `cli.${process.pid}.mjs`);
const bundle = join(outDir, "cli.mjs");
mkdirSync(outDir, { recursive: true });
await build({
  entryPoints: [join(root, "generator", "cli.ts")],
  outfile: staged,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
renameSync(staged, bundle);
await import(pathToFileURL(bundle).href);
