/**
 * The last stage: put a whole generated tree on disk atomically, or compare it
 * with what is there (--check).
 *
 * Each run stages its tree in its own sibling folder `<out>.next-<pid>-<hex>`,
 * flushes it, then swaps it in with two renames (`<out>` → `<out>.prev-<same>`,
 * `<out>.next-<same>` → `<out>`). A crash or SIGKILL at any point leaves the old
 * tree or the new one; the one window between the two renames (no `<out>`, a
 * `.prev-T` beside it) is rolled forward by `recoverInterruptedWrite`, which every
 * writing run does first: `.next-T` is complete, or the swap would not have begun.
 * Files are never edited in place, and nothing is written inside the finished tree.
 *
 * One writer per folder is the CLI's lock (write-lock.ts); staging folders are
 * still per run, so that even two runs without it never share one.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { access, constants, mkdir, open, readdir, readFile, rename, rm, stat, unlink } from "node:fs/promises";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import type { GeneratedFile } from "./core.js";
import { fileSystemError, InputError } from "./errors.js";

/** Written by earlier versions into `<out>.next` when complete; removed wherever it is found. */
const LEGACY_COMPLETE_MARKER = ".complete";

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
export async function writeTreeAtomically(outDir: string, files: GeneratedFile[], hooks: WriteHooks = {}): Promise<boolean> {
  const dir = withoutTrailingSlash(outDir);
  await recoverInterruptedWrite(dir);
  if (isSameTree(await compareTree(dir, files))) return false;
  const token = `${process.pid}-${randomBytes(4).toString("hex")}`;
  const next = `${dir}.next-${token}`;
  const prev = `${dir}.prev-${token}`;
  try {
    await stage(next, files, hooks);
  } catch (error) {
    await rm(next, { recursive: true, force: true }).catch(() => {});
    throw fileSystemError(error, dir, `Nothing was replaced: ${dir} is as it was.`);
  }
  try {
    if (existsSync(dir)) await rename(dir, prev);
    await rename(next, dir);
  } catch (error) {
    // The first rename may have happened: put the old tree back before reporting.
    if (!existsSync(dir) && existsSync(prev)) await rename(prev, dir);
    await rm(next, { recursive: true, force: true }).catch(() => {});
    throw fileSystemError(error, dir, `Nothing was replaced: ${dir} is as it was.`);
  }
  // The new tree is in place; a leftover old one is harmless and the next run removes it.
  await rm(prev, { recursive: true, force: true }).catch(() => {});
  return true;
}

async function stage(next: string, files: GeneratedFile[], hooks: WriteHooks): Promise<void> {
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
}

interface Sibling {
  path: string;
  kind: "next" | "prev";
  /** `<pid>-<hex>` of the run that made it; "" for the single shared name of earlier versions. */
  token: string;
  pid: number | undefined;
}

/** The staging folders beside `dir`, except those of another run that is still alive. */
async function stagingSiblings(dir: string): Promise<Sibling[]> {
  const parent = dirname(resolve(dir));
  const base = basename(resolve(dir));
  let names: string[];
  try {
    names = await readdir(parent);
  } catch {
    return [];
  }
  const siblings: Sibling[] = [];
  for (const name of names) {
    if (!name.startsWith(`${base}.`)) continue;
    const match = /^(next|prev)(?:-(\d+)-([0-9a-f]+))?$/.exec(name.slice(base.length + 1));
    if (!match) continue;
    const pid = match[2] === undefined ? undefined : Number(match[2]);
    if (pid !== undefined && pid !== process.pid && isAlive(pid)) continue;
    siblings.push({
      path: join(dirname(dir), name),
      kind: match[1] as Sibling["kind"],
      token: match[2] ? `${match[2]}-${match[3]}` : "",
      pid,
    });
  }
  return siblings.sort((a, b) => (a.path < b.path ? -1 : 1));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Repair what a killed run left behind, then remove its staging folders. A swap
 * cut between its renames (no `dir`, a `.prev-T` beside it) is rolled forward to
 * `.next-T`, or back to `.prev-T` when that is all there is; an unfinished
 * `.next-*` alone is dropped.
 */
export async function recoverInterruptedWrite(outDir: string): Promise<void> {
  const dir = withoutTrailingSlash(outDir);
  const siblings = await stagingSiblings(dir);
  if (!existsSync(dir)) {
    for (const prev of siblings.filter((s) => s.kind === "prev")) {
      const next = siblings.find((s) => s.kind === "next" && s.token === prev.token);
      // Earlier versions marked a complete `.next` with a file; without it, go back.
      const complete = next !== undefined && (prev.token !== "" || existsSync(join(next.path, LEGACY_COMPLETE_MARKER)));
      await rename(complete ? next.path : prev.path, dir);
      break;
    }
    const legacyNext = siblings.find((s) => s.kind === "next" && s.token === "");
    if (!existsSync(dir) && legacyNext && existsSync(join(legacyNext.path, LEGACY_COMPLETE_MARKER))) await rename(legacyNext.path, dir);
  }
  if (existsSync(dir)) {
    await rm(join(dir, LEGACY_COMPLETE_MARKER), { force: true });
    // Best effort: a leftover that cannot be removed is ignored by every later run, never a reason to fail.
    for (const sibling of siblings) await rm(sibling.path, { recursive: true, force: true }).catch(() => {});
  }
}

/**
 * Refuse, before anything is fetched or written, an output folder this run could
 * not replace: not a folder, or a folder (or a folder in it) it may not write.
 * Renaming a folder needs only its parent to be writable, so without this check a
 * read-only tree would be swapped out anyway.
 */
export async function checkOutputWritable(dir: string): Promise<void> {
  let isFolder: boolean;
  try {
    isFolder = (await stat(dir)).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return; // created by the write; its parent is checked by the lock
    throw fileSystemError(error, dir, "Nothing was fetched or written.");
  }
  if (!isFolder) {
    throw new InputError(
      `The output path ${dir} (--out) is a file, not a folder. Move the file away, or choose another --out. Nothing was fetched or written.`,
    );
  }
  const refuse = (path: string, error: unknown): InputError =>
    new InputError(
      `The output folder ${dir} is not writable: ${path} refuses changes (${(error as NodeJS.ErrnoException).code ?? String(error)}). The generator replaces the folder as a whole, so it and every folder in it must be writable by this user. Fix the permissions (e.g. \`chmod -R u+w ${dir}\`) or choose another --out. Nothing was fetched or written.`,
    );
  // A real file, not access(): root passes every access() check, but not a read-only mount.
  const probe = join(dir, `.write-check-${process.pid}-${randomBytes(4).toString("hex")}`);
  try {
    await (await open(probe, "wx")).close();
    await unlink(probe);
  } catch (error) {
    throw refuse(dir, error);
  }
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name === "node_modules") continue;
      const path = join(folder, entry.name);
      try {
        await access(path, constants.W_OK);
      } catch (error) {
        throw refuse(path, error);
      }
      await walk(path);
    }
  };
  await walk(dir);
}

/** Write one file through a temporary name and fsync it, so that a rename later exposes complete bytes. */
export async function writeFileAtomically(path: string, contents: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
  } catch (error) {
    // mkdir -p answers EEXIST when the folder's name is taken by a file.
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      throw new InputError(`Cannot write ${path}: ${dirname(path)} is a file, not a folder. Move that file away, or choose another path.`);
    }
    throw fileSystemError(error, path);
  }
  const temporary = `${path}.tmp-${process.pid}`;
  try {
    await writeDurably(temporary, contents);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => {});
    throw fileSystemError(error, path);
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

/** `generated/` (as shells complete it) names the same folder, whose siblings are `generated.next-…`, not `generated/.next-…`. */
function withoutTrailingSlash(dir: string): string {
  return dir.replace(/(?<=[^\\/])[\\/]+$/, "");
}

/** Emitters produce relative, forward-slash paths; anything else is a bug, never written. */
function assertInside(path: string): void {
  if (path.startsWith("/") || path.split("/").some((part) => part === ".." || part === "")) {
    throw new Error(`Refusing to write a generated file outside the output folder: ${JSON.stringify(path)}`);
  }
}
