/**
 * A loopback API fake in a process of its own, recording when each request arrives. Its own
 * process, so the times are not those of the client's event loop: a stall in the test process
 * would otherwise hold back the server's reads and bunch its arrivals up.
 *   node --import tsx test/hardening/bin/arrival-server.ts [--enforce <perSecond>]
 * Prints `port <n>` once listening. `GET /arrivals` answers the arrival times (ms, this
 * process's performance.now()) of every other request and `POST /reset` forgets them; with
 * `--enforce N`, an arrival that makes more than N within the last 1000 ms is answered 429
 * (Retry-After: 1), like an API that limits by arrival. Others: 200 `{"data":{"id":<last segment>}}`.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

const flag = process.argv.indexOf("--enforce");
const enforce = flag > 0 ? Number(process.argv[flag + 1]) : Number.POSITIVE_INFINITY;
let arrivals: number[] = [];
let refused = 0;

const server = createServer((req, res) => {
  const at = performance.now();
  if (req.url === "/arrivals") {
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ arrivals, refused }));
    return;
  }
  if (req.url === "/reset") {
    arrivals = [];
    refused = 0;
    res.writeHead(204).end();
    return;
  }
  arrivals.push(at);
  let recent = 0;
  for (let i = arrivals.length - 1; i >= 0 && at - (arrivals[i] as number) < 1000; i--) recent++;
  if (recent > enforce) {
    refused++;
    res.writeHead(429, { "content-type": "application/json", "retry-after": "1" }).end('{"message":"rate limited"}');
    return;
  }
  const id = decodeURIComponent((req.url ?? "").split("?")[0]?.split("/").pop() ?? "");
  res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ data: { id } }));
});
server.keepAliveTimeout = 30_000;
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`port ${(server.address() as AddressInfo).port}\n`);
});
// Ends with its parent (the stdin pipe closes), so a killed test leaves no server behind.
process.stdin.resume();
process.stdin.on("end", () => process.exit(0));
