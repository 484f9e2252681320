/**
 * A scripted HTTP server on 127.0.0.1 (port 0) for the client tests: every request is recorded
 * (method, raw URL, headers, body) and answered by `handle`, which sees the request's index.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  method: string;
  /** The raw request target, as sent (percent-encoding kept). */
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

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
  const received: Received[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      const request: Received = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body };
      received.push(request);
      let answer: Answer;
      try {
        answer = handle(request, received.length - 1);
      } catch (error) {
        answer = { status: 599, body: `script error: ${String(error)}` };
      }
      const text = answer.body === undefined ? "" : typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body);
      const type = typeof answer.body === "string" ? "text/plain" : "application/json";
      res.writeHead(answer.status, { ...(text ? { "content-type": type } : {}), ...answer.headers });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
