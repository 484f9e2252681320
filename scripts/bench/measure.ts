/**
 * Whole-process measurement: wall time from spawn to exit (process.hrtime) and peak
 * resident memory of the process tree's largest process, read from GNU time
 * (`/usr/bin/time -f %M`) when the machine has it. Runs of several tasks are
 * interleaved round by round so background noise hits every task alike.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const GNU_TIME = "/usr/bin/time";

export interface ProcessRun {
  wallMs: number;
  /** Peak resident set size in bytes; null when /usr/bin/time is missing. */
  peakBytes: number | null;
  exitCode: number;
  /** Killed after RunOptions.timeoutMs. */
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/** Process groups of the tools running now, so an interrupted bench can stop them (see stopRunningTools). */
const runningGroups = new Set<number>();

/** Kill every tool still running (their whole process groups); run.ts calls it on SIGINT/SIGTERM. */
export function stopRunningTools(): void {
  for (const pid of runningGroups) {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
  runningGroups.clear();
}

/** The bench's environment minus what would make a tool write outside its scratch folder (our CLI appends to a CI step summary). */
export function toolEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.GITHUB_STEP_SUMMARY;
  delete env.OPENPHONE_SPEC_URL;
  return env;
}

export function hasGnuTime(): boolean {
  return existsSync(GNU_TIME);
}

export async function runProcess(command: string, args: readonly string[], options: RunOptions): Promise<ProcessRun> {
  const scratch = hasGnuTime() ? await mkdtemp(join(tmpdir(), "bench-time-")) : null;
  const memoryFile = scratch ? join(scratch, "rss") : null;
  const [file, argv] = memoryFile ? [GNU_TIME, ["-f", "%M", "-o", memoryFile, command, ...args]] : [command, [...args]];
  const started = process.hrtime.bigint();
  const timeoutMs = options.timeoutMs ?? 300_000;
  let timedOut = false;
  const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
    // Its own process group: a timeout or an interrupt kills the tool too, not only GNU time.
    const child = spawn(file, argv, {
      cwd: options.cwd,
      env: options.env ?? toolEnvironment(),
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    const group = child.pid;
    if (group !== undefined) runningGroups.add(group);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      // GNU time's child is the tool: kill the whole group so no orphan keeps running.
      if (group !== undefined) process.kill(-group, "SIGKILL");
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      if (group !== undefined) runningGroups.delete(group);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (group !== undefined) runningGroups.delete(group);
      resolve({
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      });
    });
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  let peakBytes: number | null = null;
  if (memoryFile && scratch) {
    const text = await readFile(memoryFile, "utf8").catch(() => "");
    // GNU time prefixes "Command exited with non-zero status N" on its own line; the figure is the last line.
    const kib = Number(text.trim().split("\n").pop());
    peakBytes = Number.isFinite(kib) && kib > 0 ? kib * 1024 : null;
    await rm(scratch, { recursive: true, force: true });
  }
  return { wallMs, peakBytes, exitCode: result.code, timedOut, stdout: result.stdout, stderr: result.stderr };
}

export interface Task<T> {
  name: string;
  /** Untimed setup before every run (e.g. a fresh output folder). */
  prepare?: () => Promise<void>;
  run: () => Promise<T>;
  /** A run that fails stops the task: its error is reported instead of a figure. */
  check?: (result: T) => string | null;
}

export type TaskOutcome<T> = { ok: true; runs: T[] } | { ok: false; reason: string };

/** Run every task `warmups + runs` times, round-robin (rotated each round); warm-up results are dropped. */
export async function interleave<T>(
  tasks: readonly Task<T>[],
  warmups: number,
  runs: number,
  log: (text: string) => void,
): Promise<Map<string, TaskOutcome<T>>> {
  const outcomes = new Map<string, TaskOutcome<T>>(tasks.map((t) => [t.name, { ok: true, runs: [] }]));
  for (let round = 0; round < warmups + runs; round++) {
    for (const task of rotate(tasks, round)) {
      const outcome = outcomes.get(task.name);
      if (!outcome?.ok) continue;
      try {
        await task.prepare?.();
        const result = await task.run();
        const problem = task.check?.(result) ?? null;
        if (problem) {
          outcomes.set(task.name, { ok: false, reason: problem });
          log(`  ${task.name}: failed: ${problem}`);
          continue;
        }
        if (round >= warmups) outcome.runs.push(result);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        outcomes.set(task.name, { ok: false, reason });
        log(`  ${task.name}: failed: ${reason}`);
      }
    }
    log(`  round ${round + 1}/${warmups + runs}${round < warmups ? " (warm-up)" : ""} done`);
  }
  return outcomes;
}

/** `items` starting at index `by` (mod length): each round starts with a different task, so none always runs first. */
export function rotate<T>(items: readonly T[], by: number): T[] {
  if (items.length === 0) return [];
  const start = ((by % items.length) + items.length) % items.length;
  return [...items.slice(start), ...items.slice(0, start)];
}

/** A process run counts when it exits with one of `codes`; otherwise its stderr explains why. */
export function exitCheck(codes: readonly number[] = [0]): (run: ProcessRun) => string | null {
  return (run) => {
    if (run.timedOut) return `timed out after ${Math.round(run.wallMs / 1000)} s`;
    return codes.includes(run.exitCode) ? null : `exit ${run.exitCode}: ${firstLines(run.stderr || run.stdout)}`;
  };
}

/** The first meaningful line of a tool's error output, short enough for a table cell. */
export function firstLines(text: string, max = 160): string {
  const line = text
    .split("\n")
    .map((l) => l.replace(/\x1b\[[0-9;]*m/g, "").trim())
    .find((l) => l.length > 0 && !l.startsWith("Command exited with"));
  const out = line ?? "no output";
  return out.length > max ? `${out.slice(0, max - 1)}…` : out;
}

/** Total bytes of the files under a folder (0 when it does not exist). */
export async function folderBytes(folder: string): Promise<number> {
  if (!existsSync(folder)) return 0;
  let total = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}
