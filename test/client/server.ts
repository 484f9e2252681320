/**
 * A scripted HTTP server on 127.0.0.1 (port 0) for the client tests: every request is recorded
 * (method, raw URL, headers, body; helpers/loopback.ts) and answered by `handle`, which sees the
 * request's index.
 */
import { type Arrival, loopback } from "../helpers/loopback.js";

/** A recorded request; `url` is the raw request target, as sent (percent-encoding kept). */
export type Received = Arrival;

export interface Answer {
  status: number;
  /** An object is sent as JSON; a string as is; undefined: no body. */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ScriptedServer {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

export async function startScriptedServer(handle: (request: Received, index: number) => Answer): Promise<ScriptedServer> {
  const server = await loopback((_req, res, request, self) => {
    let answer: Answer;
    try {
      answer = handle(request, self.seen.length - 1);
    } catch (error) {
      answer = { status: 599, body: `script error: ${String(error)}` };
    }
    const text = answer.body === undefined ? "" : typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body);
    const type = typeof answer.body === "string" ? "text/plain" : "application/json";
    res.writeHead(answer.status, { ...(text ? { "content-type": type } : {}), ...answer.headers });
    res.end(text);
  });
  return { url: server.url, received: server.seen, close: server.close };
}
