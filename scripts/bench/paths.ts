/** Where the bench reads and writes. Everything it writes lives under scripts/bench/.tmp/ (gitignored). */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const TMP = join(ROOT, "scripts", "bench", ".tmp");
/** The generated package the "ours" rows measure; BENCH_GENERATED points them at another generation (e.g. a scratch `--out`). */
export const GENERATED = process.env.BENCH_GENERATED ? resolve(ROOT, process.env.BENCH_GENERATED) : join(ROOT, "generated");
/** The dated API's package (upstream 2026-03-30); BENCH_GENERATED_2026_03_30 points its rows at another generation. */
export const GENERATED_2026_03_30 = process.env.BENCH_GENERATED_2026_03_30
  ? resolve(ROOT, process.env.BENCH_GENERATED_2026_03_30)
  : join(ROOT, "generated-2026-03-30");

/** Byte-for-byte copies of the real published documents, kept in the project (tests use the same files). */
export const UPSTREAM_FIXTURES = join(ROOT, "test", "fixtures", "upstream");
export const SPEC_2025_06 = join(UPSTREAM_FIXTURES, "openphone-v1.2025-06-16.json");
export const SPEC_2025_12 = join(UPSTREAM_FIXTURES, "openphone-v1.2025-12-15.json");

/** The snapshot every row runs on: the canonical generated/openapi.json once it exists, else the fixture copy it is made from. */
export function snapshotSpec(): string {
  const snapshot = join(GENERATED, "openapi.json");
  return existsSync(snapshot) ? snapshot : SPEC_2025_06;
}

/** The dated API's snapshot (generated-2026-03-30/openapi.json), or undefined before that package exists. */
export function datedSnapshotSpec(): string | undefined {
  const snapshot = join(GENERATED_2026_03_30, "openapi.json");
  return existsSync(snapshot) ? snapshot : undefined;
}

const bin = (...parts: string[]): string => join(ROOT, "node_modules", ...parts);
/** The peers only the bench uses live in scripts/bench/node_modules (scripts/bench/package.json, installed by install.mjs). */
export const BENCH_MODULES = join(ROOT, "scripts", "bench", "node_modules");
const peerBin = (...parts: string[]): string => join(BENCH_MODULES, ...parts);

/** Entry scripts run with `node` directly, so no npm/npx launcher time is counted on either side. */
export const BIN = {
  tsx: bin("tsx", "dist", "cli.mjs"),
  tsc: bin("typescript", "bin", "tsc"),
  openapiTypescript: bin("openapi-typescript", "bin", "cli.js"),
  heyApi: peerBin("@hey-api", "openapi-ts", "bin", "run.js"),
  orval: peerBin("orval", "dist", "bin", "orval.js"),
  openapiDiff: peerBin("openapi-diff", "bin", "openapi-diff"),
} as const;
