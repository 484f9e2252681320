/**
 * `maxResponseBytes` caps every body read, but only a 2xx over it is refused (invalid_response,
 * too_large). An error status over the cap is still that error: typed by its status and retried
 * like any other (a 503 with a huge HTML page used to become too_large and was never retried).
 */
import { afterEach, describe, expect, it } from "vitest";
import { createClientCore, request } from "../../templates/runtime/http.js";
import type { OperationDescriptor } from "../../templates/runtime/types.js";
import { type Loopback, loopback } from "../helpers/loopback.js";

const getThing: OperationDescriptor = { operationId: "getThing_v1", method: "GET", path: "/v1/things/{id}", errors: [404, 500] };
const CAP = 64 * 1024;
const BIG = "x".repeat(CAP * 4);

let api: Loopback | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

const client = (url: string) =>
  createClientCore({ apiKey: "sk_test_cap_0123456789", rateLimit: false, maxRetries: 2, maxResponseBytes: CAP, random: () => 0 }, url);

describe("error bodies over maxResponseBytes", () => {
  const rows: Array<[name: string, status: number, declared: boolean, want: Record<string, unknown>]> = [
    ["503 (undocumented), streamed", 503, false, { kind: "unexpected_status", status: 503 }],
    ["503 (undocumented), Content-Length over the cap", 503, true, { kind: "unexpected_status", status: 503 }],
    ["500 (documented), streamed", 500, false, { kind: "api", status: 500 }],
  ];
  for (const [name, status, declared, want] of rows) {
    it(`${name}: typed by status, retried (3 arrivals), message says the body was over the cap`, async () => {
      api = await loopback((_req, res) => {
        res.writeHead(status, { "content-type": "text/html", ...(declared ? { "content-length": String(BIG.length) } : {}) });
        res.end(BIG);
      });
      const error = await request(client(api.url), getThing, { id: "T1" }).catch((e: unknown) => e);
      expect(error).toMatchObject(want);
      expect(error).not.toHaveProperty("reason");
      expect((error as Error).message).toContain(`body larger than maxResponseBytes (${CAP}), not read`);
      expect(api.seen).toHaveLength(3);
    }, 20_000);
  }

  it("a 2xx over the cap is still refused (too_large) and not retried", async () => {
    api = await loopback((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(`"${BIG}"`));
    const error = await request(client(api.url), getThing, { id: "T1" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "invalid_response", reason: "too_large", status: 200 });
    expect(api.seen).toHaveLength(1);
  });
});
