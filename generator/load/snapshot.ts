/**
 * The committed snapshot: `<out>/openapi.json` (the canonical upstream document)
 * and `<out>/openapi.meta.json` (where and when it came from). Read here; written
 * with the rest of the tree by write.ts so that snapshot and package change together.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { CanonicalSpec, GeneratedFile, SnapshotMeta } from "../core.js";
import { InputError } from "../errors.js";
import { canonicalFromText } from "./normalize.js";

export const SNAPSHOT_FILE = "openapi.json";
export const META_FILE = "openapi.meta.json";
export const CHANGELOG_FILE = "CHANGELOG.md";
export const PACKAGE_FILE = "package.json";

export interface Snapshot {
  spec: CanonicalSpec;
  meta: SnapshotMeta;
}

/** What the previous run left that the next one carries forward. */
export interface PackageState {
  version: string;
  changelog: string;
}

export async function readSnapshot(outDir: string): Promise<Snapshot | undefined> {
  const specPath = join(outDir, SNAPSHOT_FILE);
  if (!existsSync(specPath)) return undefined;
  let spec: CanonicalSpec;
  try {
    spec = canonicalFromText(await readFile(specPath, "utf8"));
  } catch (error) {
    throw new InputError(
      `The snapshot ${specPath} is not valid JSON (${(error as Error).message}). It was edited by hand or damaged; restore it with \`git checkout -- ${specPath}\`, or take a fresh one with --spec <url|file> --accept.`,
    );
  }
  const metaPath = join(outDir, META_FILE);
  let meta: SnapshotMeta;
  try {
    meta = JSON.parse(await readFile(metaPath, "utf8")) as SnapshotMeta;
  } catch {
    meta = { source: "unknown", etag: null, fetchedAt: "unknown", rawSha256: "unknown", canonicalSha256: spec.sha256 };
  }
  return { spec, meta };
}

export async function readPackageState(outDir: string): Promise<PackageState> {
  let version = "1.0.0";
  try {
    const parsed = JSON.parse(await readFile(join(outDir, PACKAGE_FILE), "utf8")) as { version?: unknown };
    if (typeof parsed.version === "string" && /^\d+\.\d+\.\d+$/.test(parsed.version)) version = parsed.version;
  } catch {
    // No package yet: the first accepted snapshot becomes 1.0.0.
  }
  let changelog = "";
  try {
    changelog = await readFile(join(outDir, CHANGELOG_FILE), "utf8");
  } catch {
    changelog = "";
  }
  return { version, changelog };
}

export function snapshotFiles(snapshot: Snapshot): GeneratedFile[] {
  return [
    { path: SNAPSHOT_FILE, contents: snapshot.spec.text },
    { path: META_FILE, contents: `${JSON.stringify(snapshot.meta, null, 2)}\n` },
  ];
}
