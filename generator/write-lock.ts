/**
 * One writer per output folder: `<out>.lock`, created with O_EXCL, holds the
 * pid, host and start time of the run that writes. Another run waits for it a
 * bounded time, then gives up naming the holder (exit 2). A lock whose pid is
 * dead on this host (a killed run) is taken over.
 *
 * The lock spans the whole run, from reading the snapshot to swapping the tree
 * in: two `--accept` runs must not both start from the same old snapshot.
 */

import { readFileSync, unlinkSync } from "node:fs";
import { mkdir, open, readFile, stat, unlink } from "node:fs/promises";
import { hostname } from "node:os";
import { dirname, resolve } from "node:path";
import { fileSystemError, InputError } from "./errors.js";

export interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
}

export interface LockOptions {
  /** How long to wait for another run's lock; 0 tries once. */
  waitMs: number;
  /** Told once, when the lock is held by another run and this one starts waiting. */
  onWait?: (holder: LockHolder, lockPath: string) => void;
}

export interface WriteLock {
  path: string;
  release(): Promise<void>;
}

/** A lock file that stays empty or unreadable this long was left by a run killed while creating it. */
const UNWRITTEN_LOCK_MS = 10_000;
const POLL_MS = 100;

export function lockPathOf(outDir: string): string {
  return `${resolve(outDir)}.lock`;
}

export async function acquireWriteLock(outDir: string, options: LockOptions): Promise<WriteLock> {
  const path = lockPathOf(outDir);
  const me: LockHolder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  const deadline = Date.now() + options.waitMs;
  let announced = false;
  for (;;) {
    if (await tryCreate(path, me)) break;
    const holder = await readHolder(path);
    if (holder === "gone") continue;
    if (holder === "stale" || (holder !== "unwritten" && isDeadHere(holder))) {
      await takeOver(path, holder);
      continue;
    }
    if (Date.now() >= deadline) throw heldBy(outDir, path, holder === "unwritten" ? undefined : holder, options.waitMs);
    if (!announced && holder !== "unwritten") {
      options.onWait?.(holder, path);
      announced = true;
    }
    await sleep(Math.min(POLL_MS * (0.5 + Math.random()), Math.max(1, deadline - Date.now())));
  }
  // A run that ends without release (an uncaught throw, process.exit) still frees the folder.
  const onExit = (): void => removeIfMine(path, me);
  process.once("exit", onExit);
  return {
    path,
    release: async () => {
      process.off("exit", onExit);
      removeIfMine(path, me);
    },
  };
}

async function tryCreate(path: string, me: LockHolder): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(path, "wx");
      try {
        await handle.writeFile(`${JSON.stringify(me)}\n`);
      } finally {
        await handle.close();
      }
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EEXIST") return false;
      // The output's parent does not exist yet: the write would create it, so may the lock.
      if (code === "ENOENT" && attempt === 0) {
        await mkdir(dirname(path), { recursive: true }).catch((mkdirError: unknown) => {
          throw fileSystemError(mkdirError, dirname(path), "Nothing was fetched or written.");
        });
        continue;
      }
      throw fileSystemError(
        error,
        path,
        "The lock is created beside the output folder (--out), so the folder that holds it must be a writable folder. Nothing was fetched or written.",
      );
    }
  }
}

/** Who holds the lock; "gone" when it was released meanwhile, "unwritten" while its creator is still writing it. */
async function readHolder(path: string): Promise<LockHolder | "gone" | "unwritten" | "stale"> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "gone";
    throw fileSystemError(error, path);
  }
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (typeof value.pid === "number" && typeof value.host === "string" && typeof value.startedAt === "string") {
      return { pid: value.pid, host: value.host, startedAt: value.startedAt };
    }
  } catch {
    // Half written, or not ours: judged by its age below.
  }
  try {
    return Date.now() - (await stat(path)).mtimeMs > UNWRITTEN_LOCK_MS ? "stale" : "unwritten";
  } catch {
    return "gone";
  }
}

function isDeadHere(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return false; // another machine's pid says nothing here
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/**
 * Remove a stale lock, but only the one judged stale: two waiting runs may both
 * see it dead, and the slower must not delete the lock the faster just took.
 * The removal itself is guarded by `<lock>.takeover` (O_EXCL too).
 */
async function takeOver(path: string, stale: LockHolder | "stale"): Promise<void> {
  const guard = `${path}.takeover`;
  try {
    await (await open(guard, "wx")).close();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw fileSystemError(error, guard);
    // Another run is taking over; a guard this old belongs to a run killed while doing it.
    const age = await stat(guard).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    );
    if (age > UNWRITTEN_LOCK_MS) await unlink(guard).catch(() => {});
    else await sleep(POLL_MS);
    return;
  }
  try {
    const now = await readHolder(path);
    const same =
      now === stale || (typeof now === "object" && typeof stale === "object" && now.pid === stale.pid && now.startedAt === stale.startedAt);
    if (same) await unlink(path).catch(() => {});
  } finally {
    await unlink(guard).catch(() => {});
  }
}

function removeIfMine(path: string, me: LockHolder): void {
  try {
    const holder = JSON.parse(readFileSync(path, "utf8")) as Partial<LockHolder>;
    if (holder.pid === me.pid && holder.startedAt === me.startedAt) unlinkSync(path);
  } catch {
    // Already gone (or taken over after all): nothing of ours to remove.
  }
}

function heldBy(outDir: string, path: string, holder: LockHolder | undefined, waitMs: number): InputError {
  const who = holder ? `pid ${holder.pid} on ${holder.host}, started ${holder.startedAt}` : "a run that has not finished creating it";
  const host = holder?.host ?? hostname();
  return new InputError(
    `Another run is writing ${outDir}: its lock ${path} is held by ${who}. Waited ${waitMs / 1000} s (--lock-wait). Let that run finish and try again, or raise --lock-wait; if no such process is running on ${host}, delete ${path}.`,
  );
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
