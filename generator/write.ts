/**
 * The last stage: put a whole generated tree on disk atomically, or compare it
 * with what is there (--check).
 *
 * The tree is written into a sibling folder `<out>.next`, flushed, then swapped
 * in with two renames (`<out>` → `<out>.prev`, `<out>.next` → `<out>`). A crash
 * or SIGKILL at any point leaves either the old tree or the new one; the one
 * window between the two renames is repaired by `recoverInterruptedWrite`, which
 * every command runs first. Files are never edited in place.
 */
import { existsSync } from "node:fs";
import { mkdir, open, readdir, readFile, rename, rm } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import type { GeneratedFile } from "./core.js";

/** Written last into `<out>.next`: its presence means the new tree is complete. */
const COMPLETE_MARKER = ".complete";

export interface TreeDifference {
  changed: string[];
  missing: string[];
  extra: string[];
}

export async function readTree(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  const walk = async (current: string): Promise<void> => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) {
        if (entry.name === "node_modules") continue;
        await walk(full);
      } else if (entry.isFile()) {
        files.set(relative(dir, full).split(sep).join("/"), await readFile(full, "utf8"));
      }
    }
  };
  await walk(dir);
  return files;
}

export async function compareTree(dir: string, files: GeneratedFile[]): Promise<TreeDifference> {
  const onDisk = await readTree(dir);
  const difference: TreeDifference = { changed: [], missing: [], extra: [] };
  const wanted = new Set<string>();
  for (const file of files) {
    wanted.add(file.path);
    const current = onDisk.get(file.path);
    if (current === undefined) difference.missing.push(file.path);
    else if (current !== file.contents) difference.changed.push(file.path);
  }
  for (const path of onDisk.keys()) if (!wanted.has(path)) difference.extra.push(path);
  difference.changed.sort();
  difference.missing.sort();
  difference.extra.sort();
  return difference;
}

export function isSameTree(difference: TreeDifference): boolean {
  return difference.changed.length + difference.missing.length + difference.extra.length === 0;
}

export interface WriteHooks {
  /** Called after each file is written into the staging folder (tests inject failures here). */
  afterFile?: (path: string) => void | Promise<void>;
}

const WRITE_CONCURRENCY = 16;

/** Write `files` as the complete new contents of `dir`. Returns false when nothing had to change. */
export async function writeTreeAtomically(dir: string, files: GeneratedFile[], hooks: WriteHooks = {}): Promise<boolean> {
  await recoverInterruptedWrite(dir);
  if (isSameTree(await compareTree(dir, files))) return false;
  const next = `${dir}.next`;
  const prev = `${dir}.prev`;
  await rm(next, { recursive: true, force: true });
  try {
    const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : 1));
    for (const file of sorted) assertInside(file.path);
    for (const folder of new Set(sorted.map((file) => dirname(join(next, file.path))))) await mkdir(folder, { recursive: true });
    // Several files in flight: the file system commits their fsyncs together, far sooner
    // than one after another. Every write settles before a failure is reported.
    let index = 0;
    let failure: { error: unknown } | undefined;
    const writer = async (): Promise<void> => {
      while (failure === undefined && index < sorted.length) {
        const file = sorted[index++] as GeneratedFile;
        try {
          await writeDurably(join(next, file.path), file.contents);
          await hooks.afterFile?.(file.path);
        } catch (error) {
          failure ??= { error };
        }
      }
    };
    await Promise.all(Array.from({ length: WRITE_CONCURRENCY }, writer));
    if (failure !== undefined) throw failure.error;
    // Only after every file is durable: the marker that makes the folder eligible for the swap.
    await writeDurably(join(next, COMPLETE_MARKER), "");
  } catch (error) {
    await rm(next, { recursive: true, force: true });
    throw error;
  }
  await rm(prev, { recursive: true, force: true });
  if (existsSync(dir)) await rename(dir, prev);
  await rename(next, dir);
  await rm(join(dir, COMPLETE_MARKER), { force: true });
  await rm(prev, { recursive: true, force: true });
  return true;
}

/**
 * Repair what a killed run left behind: a finished `<out>.next` whose swap was
 * cut between the two renames is rolled forward; anything unfinished is dropped.
 */
export async function recoverInterruptedWrite(dir: string): Promise<void> {
  const next = `${dir}.next`;
  const prev = `${dir}.prev`;
  if (!existsSync(dir)) {
    if (existsSync(join(next, COMPLETE_MARKER))) {
      await rename(next, dir);
      await rm(join(dir, COMPLETE_MARKER), { force: true });
    } else if (existsSync(prev)) {
      await rename(prev, dir);
    }
  }
  if (existsSync(dir)) {
    await rm(join(dir, COMPLETE_MARKER), { force: true });
    await rm(next, { recursive: true, force: true });
    await rm(prev, { recursive: true, force: true });
  }
}

/** Write one file through a temporary name and fsync it, so that a rename later exposes complete bytes. */
export async function writeFileAtomically(path: string, contents: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.tmp-${process.pid}`;
  try {
    await writeDurably(temporary, contents);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

async function writeDurably(path: string, contents: string): Promise<void> {
  const handle = await open(path, "w");
  try {
    await handle.writeFile(contents, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Emitters produce relative, forward-slash paths; anything else is a bug, never written. */
function assertInside(path: string): void {
  if (path.startsWith("/") || path.split("/").some((part) => part === ".." || part === "")) {
    throw new Error(`Refusing to write a generated file outside the output folder: ${JSON.stringify(path)}`);
  }
}
