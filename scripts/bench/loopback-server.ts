/**
 * A loopback HTTP server for the per-request overhead row, run as a child process
 * so its CPU time is not charged to the clients being measured. Answers every
 * request with 202 and the JSON body in the file given as argv[2]; prints its port.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const file = process.argv[2];
if (!file) {
  process.stderr.write("usage: loopback-server.ts <response-body.json>\n");
  process.exit(2);
}
const body = readFileSync(file);
const server = createServer((request, response) => {
  // Drain the request body before answering, as a real server would.
  request.resume();
  request.on("end", () => {
    response.writeHead(202, { "content-type": "application/json", "content-length": body.byteLength });
    response.end(body);
  });
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`${typeof address === "object" && address ? address.port : 0}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
