/**
 * A loopback stand-in for the upstream: serves spec files over HTTP on
 * 127.0.0.1 with an ETag and 304s, plus scripted misbehaviour for tests
 * (5xx, stalls, truncation, HTML error pages, oversize bodies, redirects).
 *
 *   npx tsx scripts/serve-spec.ts <file.json> [--port 8787]
 *   → http://127.0.0.1:8787/spec.json, then:
 *   npm run generate -- --spec http://127.0.0.1:8787/spec.json
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";

export type Route = (request: IncomingMessage, response: ServerResponse, hit: number) => void;

export interface SpecServer {
  url: string;
  /** How many requests each path has received. */
  hits: Map<string, number>;
  /** Request headers of each request, in arrival order. */
  requests: Array<{ path: string; headers: IncomingMessage["headers"] }>;
  close(): Promise<void>;
}

export async function startSpecServer(routes: Record<string, Route>, port = 0): Promise<SpecServer> {
  const hits = new Map<string, number>();
  const requests: SpecServer["requests"] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    const hit = (hits.get(path) ?? 0) + 1;
    hits.set(path, hit);
    requests.push({ path, headers: request.headers });
    const route = routes[path];
    if (!route) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    route(request, response, hit);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${bound}`,
    hits,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** 200 with a strong ETag; 304 when the client already has it. */
export function serveFile(file: string): Route {
  const body = readFileSync(file);
  const etag = `"${createHash("sha256").update(body).digest("hex").slice(0, 32)}"`;
  return (request, response) => {
    if (request.headers["if-none-match"] === etag) {
      response.writeHead(304, { etag }).end();
      return;
    }
    response.writeHead(200, { "content-type": "application/json", etag, "content-length": body.length }).end(body);
  };
}

export function serveText(status: number, contentType: string, body: string): Route {
  return (_request, response) => {
    response.writeHead(status, { "content-type": contentType }).end(body);
  };
}

/** Fails with `status` for the first `failures` requests, then behaves like `then`. */
export function failFirst(failures: number, status: number, then: Route): Route {
  return (request, response, hit) => {
    if (hit <= failures) response.writeHead(status, { "content-type": "text/plain" }).end("upstream error");
    else then(request, response, hit);
  };
}

/** Never answers (the client must time out). */
export const stall: Route = () => {};

/** Declares the full length, sends part of it, then cuts the connection. */
export function cutAfter(file: string, bytes: number): Route {
  const body = readFileSync(file);
  return (_request, response) => {
    response.writeHead(200, { "content-type": "application/json", "content-length": body.length });
    response.write(body.subarray(0, bytes), () => response.socket?.destroy());
  };
}

/** Streams `total` bytes of JSON-looking filler with no content-length (the cap must stop it while streaming). */
export function endless(total: number): Route {
  return (_request, response) => {
    response.writeHead(200, { "content-type": "application/json" });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const pump = (): void => {
      while (sent < total) {
        sent += chunk.length;
        if (!response.write(chunk)) {
          response.once("drain", pump);
          return;
        }
      }
      response.end();
    };
    response.on("error", () => {});
    pump();
  };
}

export function redirect(to: string): Route {
  return (_request, response) => {
    response.writeHead(302, { location: to }).end();
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write("usage: npx tsx scripts/serve-spec.ts <file.json> [--port N]\n");
    process.exit(2);
  }
  const portIndex = process.argv.indexOf("--port");
  const port = portIndex > 0 ? Number(process.argv[portIndex + 1]) : 8787;
  const server = await startSpecServer({ "/spec.json": serveFile(file) }, port);
  process.stdout.write(`serving ${file} at ${server.url}/spec.json (Ctrl-C to stop)\n`);
}
