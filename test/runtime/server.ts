/**
 * A scripted HTTP server on 127.0.0.1 for the runtime tests: each request is answered by the
 * next step of the script (the last step repeats), and every request is recorded.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Recorded {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

export type Step = (req: IncomingMessage, res: ServerResponse, body: string) => void;

export interface TestServer {
  url: string;
  requests: Recorded[];
  close(): Promise<void>;
}

export async function startServer(steps: Step[]): Promise<TestServer> {
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      const index = requests.length;
      requests.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      const step = steps[Math.min(index, steps.length - 1)];
      if (step === undefined) throw new Error("empty script");
      step(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answer with a status, JSON (object) or raw text (string) and headers. */
export function reply(status: number, body?: unknown, headers: Record<string, string> = {}): Step {
  return (_req, res) => {
    const text = body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body);
    const type = typeof body === "string" ? "text/html" : "application/json";
    res.writeHead(status, { "content-type": type, ...headers });
    res.end(text);
  };
}

/** Drop the connection without an answer. */
export const reset: Step = (req) => {
  req.socket.destroy();
};

/** Never answer (the client's timeout must fire). */
export const stallHeaders: Step = () => {};

/** Send headers and part of the body, then nothing more. */
export const stallBody: Step = (_req, res) => {
  res.writeHead(200, { "content-type": "application/json" });
  res.write('{"data": [');
};
