/**
 * Start test/hardening/bin/arrival-server.ts as a child process and read what it saw;
 * `busiestSecond` is the property every rate-limit test asserts.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const SERVER = resolve("test/hardening/bin/arrival-server.ts");
const TSX = pathToFileURL(resolve("node_modules/tsx/dist/loader.mjs")).href;

export interface ArrivalServer {
  url: string;
  /** Arrival times (ms, the server's clock) and how many were answered 429. */
  report(): Promise<{ arrivals: number[]; refused: number }>;
  reset(): Promise<void>;
  close(): void;
}

export async function startArrivalServer(enforcePerSecond?: number): Promise<ArrivalServer> {
  const args = ["--import", TSX, SERVER, ...(enforcePerSecond ? ["--enforce", String(enforcePerSecond)] : [])];
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ["pipe", "pipe", "inherit"] });
  const port = await new Promise<number>((done, fail) => {
    let out = "";
    const timer = setTimeout(() => fail(new Error("arrival-server did not start within 20 s")), 20_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /port (\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        done(Number(match[1]));
      }
    });
    child.on("exit", (code) => fail(new Error(`arrival-server exited with ${code}`)));
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    report: async () => (await fetch(`${url}/arrivals`)).json() as Promise<{ arrivals: number[]; refused: number }>,
    reset: async () => void (await fetch(`${url}/reset`, { method: "POST" })),
    close: () => {
      child.stdin?.end();
      child.kill();
    },
  };
}

/** The most times inside any window [t, t + 1000). */
export function busiestSecond(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while ((sorted[i] as number) - (sorted[j] as number) >= 1000) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}
