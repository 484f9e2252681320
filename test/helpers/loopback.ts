/**
 * An HTTP server on 127.0.0.1 for the client tests (the hardening suites, and test/client/server.ts on top of it):
 * every request is recorded (method, url, headers, body), then answered by the handler.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Arrival {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

export interface Loopback {
  url: string;
  seen: Arrival[];
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, arrival: Arrival, server: Loopback) => void;

export async function loopback(handler: Handler): Promise<Loopback> {
  const seen: Arrival[] = [];
  const self: Loopback = { url: "", seen, close: async () => {} };
  const server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      body += chunk;
    });
    req.on("end", () => {
      const arrival = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body };
      seen.push(arrival);
      res.on("error", () => {});
      handler(req, res, arrival, self);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  self.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  self.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return self;
}

/** Answer JSON (or the given text) with a status and headers. */
export function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", ...headers }).end(text);
}
