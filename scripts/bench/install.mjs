#!/usr/bin/env node
/**
 * `npm run bench` runs this first: installs the benchmark's peers (orval,
 * @hey-api/openapi-ts, openapi-diff, zod, openapi-fetch) into
 * scripts/bench/node_modules from scripts/bench/package-lock.json, when they are
 * missing or differ from the lockfile. The root `npm ci` never installs them:
 * `generate` and `npm test` do not use them.
 *
 *   node scripts/bench/install.mjs          # install when needed
 *   node scripts/bench/install.mjs --check  # exit 1 when an install is needed
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const lockFile = join(here, "package-lock.json");
// npm writes this hidden lockfile on install: what is actually in node_modules.
const installedFile = join(here, "node_modules", ".package-lock.json");

/** name@version of every package a lockfile lists (its root project aside). */
function packages(file) {
  const entries = JSON.parse(readFileSync(file, "utf8")).packages ?? {};
  return Object.entries(entries)
    .filter(([path, entry]) => path !== "" && !entry.optional)
    .map(([path, entry]) => `${path}@${entry.version}`)
    .sort()
    .join("\n");
}

const needed = !existsSync(installedFile) || packages(lockFile) !== packages(installedFile);
if (process.argv.includes("--check")) process.exit(needed ? 1 : 0);
if (needed) {
  process.stderr.write("Installing the benchmark's peers into scripts/bench/node_modules (npm ci, once)...\n");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, ["ci", "--no-audit", "--no-fund"], { cwd: here, stdio: "inherit" });
  if (result.status !== 0) {
    process.stderr.write(
      `error: installing the benchmark's peers failed (npm ci in scripts/bench exited ${result.status}). Check the network, then run \`npm ci --prefix scripts/bench\` by hand.\n`,
    );
    process.exit(2);
  }
}
