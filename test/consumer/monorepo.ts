/**
 * A small npm-workspaces monorepo in a temporary folder, laid out the way the
 * README tells users to: the generator checked out under tools/, its
 * generated/ folder listed as a workspace, and an app that depends on
 * `openphone-api` like any other workspace package. `npm install --offline`
 * links the workspaces (no registry needed: the package has no dependencies).
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { tempDir } from "../helpers/paths.js";

export const FIXTURES = resolve("test/consumer/fixtures");
export const TSC = resolve("node_modules/typescript/bin/tsc");

export interface Monorepo {
  root: string;
  app: string;
  /** Where the package sits in the monorepo (what node_modules/openphone-api links to). */
  packageDir: string;
}

export function createMonorepo(packageSource: string): Monorepo {
  const root = tempDir("opgen-monorepo-");
  const packageDir = join(root, "tools/openphone-codegen/generated");
  cpSync(packageSource, packageDir, { recursive: true });
  writeJson(join(root, "package.json"), {
    name: "consumer-monorepo",
    private: true,
    workspaces: ["packages/*", "tools/openphone-codegen/generated"],
  });
  const app = join(root, "packages/app");
  mkdirSync(join(app, "src"), { recursive: true });
  writeJson(join(app, "package.json"), { name: "app", private: true, type: "module", dependencies: { "openphone-api": "*" } });
  for (const name of readdirSync(FIXTURES)) cpSync(join(FIXTURES, name), join(app, "src", name));
  for (const [name, options] of Object.entries(TSCONFIGS)) {
    writeJson(join(app, `tsconfig.${name}.json`), {
      compilerOptions: { ...COMMON_OPTIONS, ...options.compilerOptions },
      include: options.include,
    });
  }
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: root,
    encoding: "utf8",
    env: cleanNpmEnv(),
  });
  return { root, app, packageDir };
}

/** Strict, and checking the package's own .d.ts files (skipLibCheck off), as a careful consumer would. */
const COMMON_OPTIONS = {
  strict: true,
  target: "ES2020",
  lib: ["ES2020", "DOM"],
  types: [],
  skipLibCheck: false,
  noEmit: true,
};

/** One tsconfig per resolution mode users have; the .cts file needs node16/nodenext (bundler is ESM-only). */
export const TSCONFIGS = {
  bundler: { compilerOptions: { module: "ESNext", moduleResolution: "Bundler" }, include: ["src/**/*.ts"] },
  node16: { compilerOptions: { module: "Node16", moduleResolution: "Node16" }, include: ["src"] },
  nodenext: { compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", rootDir: "src" }, include: ["src"] },
} as const;

export type ResolutionMode = keyof typeof TSCONFIGS;

/**
 * Under `npm test`, npm exports npm_config_* for this project (prefix, workspace
 * flags...); the consumer's npm must see only its own folder.
 */
export function cleanNpmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key)) env[key] = value;
  return env;
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}
