// Runs the generator's CLI (`npm run generate`, `npm run diff`) without a TypeScript loader:
// esbuild bundles generator/cli.ts (dependencies stay external) into node_modules/.cache
// in about a tenth of a second, then Node runs plain JavaScript. Through tsx the same
// command spent most of a second loading and transforming modules at every start.
// The bundle is named by a hash of everything it is built from, so an unchanged
// generator reuses it and the run skips esbuild altogether; a bundle is removed only
// when no run can still be loading its chunks (markInUse, removeUnusedBundles).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/**
 * TypeScript is a 9 MB CommonJS file. Imported from ESM, Node first scans all of it for
 * named exports (cjs-module-lexer): about 0.4 s more than `require` at every run. So every
 * `import ts from "typescript"` in the bundle (ours and openapi-typescript's, which is
 * bundled in for that reason) becomes a `require`.
 */
const typescriptThroughRequire = {
  name: "typescript-through-require",
  setup(build) {
    build.onResolve({ filter: /^typescript$/ }, () => ({ path: "typescript", namespace: "require-typescript" }));
    build.onLoad({ filter: /.*/, namespace: "require-typescript" }, () => ({
      contents: 'import { createRequire } from "node:module";\nexport default createRequire(import.meta.url)("typescript");\n',
      loader: "js",
    }));
    build.onResolve({ filter: /^openapi-typescript$/ }, () => ({ path: fileURLToPath(import.meta.resolve("openapi-typescript")) }));
  },
};
/**
 * Hash of everything that shapes the bundle: this file, generator/** (the templates are read
 * from disk at run time, not bundled), the TypeScript and package settings esbuild reads or
 * that decide what is installed, and the versions of what is bundled in or drives it.
 */
function fingerprint() {
  const hash = createHash("sha256");
  const add = (file) =>
    hash
      .update(`${relative(root, file)}\0`)
      .update(existsSync(file) ? readFileSync(file) : "(absent)")
      .update("\0");
  add(fileURLToPath(import.meta.url));
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else add(path);
    }
  };
  walk(join(root, "generator"));
  for (const file of ["tsconfig.json", "package.json", "package-lock.json"]) add(join(root, file));
  for (const name of ["esbuild", "openapi-typescript", "tsx"]) add(join(root, "node_modules", name, "package.json"));
  return hash.digest("hex").slice(0, 16);
}

const outDir = join(root, "node_modules", ".cache", "openphone-codegen");
// One folder per generator version: the entry plus the chunks that load only when needed
// (splitting: emitting, with TypeScript and openapi-typescript, is not loaded by `diff`).
// A folder counts only once its COMPLETE marker exists: it is written last, before the
// folder is renamed into place, so a killed build or clean-up never leaves a usable-looking
// folder with chunks missing.
const bundleDir = join(outDir, fingerprint());
const COMPLETE = "COMPLETE";
/** `in-use.<pid>`: this process may still load chunks from the folder; removed when it exits. */
const IN_USE = "in-use.";
/** A folder nobody has used for this long, with no live process marked in it, may go. */
const UNUSED_FOR_MS = 3_600_000;

if (!existsSync(join(bundleDir, COMPLETE))) {
  mkdirSync(outDir, { recursive: true });
  // Per-process folder, then rename: parallel runs never import a half-written bundle.
  const staged = join(outDir, `staged.${process.pid}`);
  const { build } = await import("esbuild");
  await build({
    // The worker runs openapi-typescript beside the main thread (generator/emit/raw-types-thread.ts).
    entryPoints: {
      cli: join(root, "generator", "cli.ts"),
      "raw-types-worker": join(root, "generator", "emit", "raw-types-worker.ts"),
    },
    outdir: staged,
    outExtension: { ".js": ".js" },
    bundle: true,
    splitting: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    tsconfig: join(root, "tsconfig.json"),
    plugins: [typescriptThroughRequire],
    logLevel: "warning",
  });
  writeFileSync(join(staged, COMPLETE), "");
  // A folder under this name without the marker is the remains of an interrupted clean-up.
  if (existsSync(bundleDir)) discard(bundleDir);
  try {
    renameSync(staged, bundleDir);
  } catch {
    // Another run got there first with the same inputs: use its folder.
    rmSync(staged, { recursive: true, force: true });
  }
}
markInUse(bundleDir);
removeUnusedBundles();
await import(pathToFileURL(join(bundleDir, "cli.js")).href);

/**
 * Chunks load lazily (the emit chunk only once the spec is read), so a folder must outlive
 * every run that started from it: the marker says "in use by this pid", and the folder's
 * time says when it was last used. The marker goes on a normal exit; after a kill its pid
 * is dead, which clean-up checks.
 */
function markInUse(dir) {
  const marker = join(dir, `${IN_USE}${process.pid}`);
  try {
    writeFileSync(marker, "");
    const now = new Date();
    utimesSync(dir, now, now);
  } catch {
    return; // a read-only cache still runs; the folder is only less protected from clean-up
  }
  process.once("exit", () => rmSync(marker, { force: true }));
}

/**
 * Other generator versions' bundles and leftovers of killed builds, once nothing can still be
 * using them: unused for an hour, and no live process marked in them.
 */
function removeUnusedBundles() {
  const cutoff = Date.now() - UNUSED_FOR_MS;
  for (const name of readdirSync(outDir)) {
    const path = join(outDir, name);
    if (path === bundleDir) continue;
    try {
      if (statSync(path).mtimeMs >= cutoff) continue;
      const staging = /^staged\.(\d+)$/.exec(name);
      if (staging && isAlive(Number(staging[1]))) continue;
      if (statSync(path).isDirectory() && liveUsers(path).length > 0) continue;
    } catch {
      continue; // removed meanwhile by another run
    }
    discard(path);
  }
}

/** The pids marked in a bundle folder that are still running. */
function liveUsers(dir) {
  return readdirSync(dir)
    .filter((name) => name.startsWith(IN_USE))
    .map((name) => Number(name.slice(IN_USE.length)))
    .filter((pid) => Number.isInteger(pid) && isAlive(pid));
}

function isAlive(pid) {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, owned by someone else.
    return error.code === "EPERM";
  }
}

/** Remove a folder by first renaming it away, so it never exists half-deleted under its name. */
function discard(path) {
  const trash = join(outDir, `trash.${process.pid}.${Date.now()}`);
  try {
    renameSync(path, trash);
  } catch {
    return; // another run is discarding it
  }
  rmSync(trash, { recursive: true, force: true });
}
