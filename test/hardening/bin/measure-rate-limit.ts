/**
 * The limiter measured at a server that enforces the limit by arrival (429 beyond N in the last
 * 1000 ms): `calls` concurrent calls on one client, default rate. Prints one JSON line: the most
 * arrivals in any sliding 1-second window, 429s answered, calls failed, wall time and the ideal
 * (calls × 1000 / 10).
 *   node --import tsx test/hardening/bin/measure-rate-limit.ts [calls=1000]
 */
import { createClientCore, request } from "../../../templates/runtime/http.js";
import type { OperationDescriptor } from "../../../templates/runtime/types.js";
import { busiestSecond, startArrivalServer } from "./arrival-client.js";

const calls = Number(process.argv[2] ?? 1000);
const getThing: OperationDescriptor = { operationId: "getThing_v1", method: "GET", path: "/v1/things/{id}", errors: [404] };
/** How many arrivals end a 1-second window holding more than `limit`. */
function windowsOver(sorted: number[], limit: number): number {
  let over = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while ((sorted[i] as number) - (sorted[j] as number) >= 1000) j++;
    if (i - j + 1 > limit) over++;
  }
  return over;
}

const server = await startArrivalServer(10);
try {
  const client = createClientCore({ apiKey: "sk_measure_0123456789" }, server.url);
  const started = performance.now();
  const results = await Promise.allSettled(Array.from({ length: calls }, (_, i) => request(client, getThing, { id: `M${i}` })));
  const seconds = (performance.now() - started) / 1000;
  const { arrivals, refused } = await server.report();
  const failed = results.filter((r) => r.status === "rejected").length;
  // How the windows over the limit came about: gaps between consecutive arrivals far below the spacing.
  const sorted = [...arrivals].sort((a, b) => a - b);
  const gaps = sorted.slice(1).map((t, i) => t - (sorted[i] as number));
  const line = {
    calls,
    arrivals: arrivals.length,
    busiestSecond: busiestSecond(arrivals),
    windowsOver10: windowsOver(sorted, 10),
    gapsUnder64ms: gaps.filter((g) => g < 64).length,
    refused429: refused,
    failedCalls: failed,
    seconds: Math.round(seconds * 10) / 10,
    idealSeconds: calls / 10,
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
} finally {
  server.close();
}
