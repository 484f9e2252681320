/**
 * Every operation of the dated API (generated-2026-03-30/) called through its generated
 * client against Prism serving the dated snapshot. Between the client and Prism sits a small
 * recording proxy on 127.0.0.1, so the test sees the headers that really went over the wire:
 * `Quo-Api-Version: 2026-03-30` must be on every request although no input carries it.
 * Inputs come from the dated model (test/helpers/example-input.ts); Prism checks each request
 * against the document and answers with a documented response our validators must accept.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer as createHttpServer, request as httpRequest, type Server } from "node:http";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import * as dated from "../../generated-2026-03-30/src/index.js";
import type { JsonObject } from "../../generator/core.js";
import { correct } from "../../generator/correct.js";
import { readCorrections } from "../../generator/correction-files.js";
import { buildApiModel } from "../../generator/model/build.js";
import type { Operation } from "../../generator/model/types.js";
import { exampleInput } from "../helpers/example-input.js";
import { ROOT } from "../helpers/paths.js";

const VERSION = "2026-03-30";
const SNAPSHOT = join(ROOT, "generated-2026-03-30", "openapi.json");
const document = JSON.parse(readFileSync(SNAPSHOT, "utf8")) as JsonObject;
// The dated upstream has no overlay, names or webhooks file (openphone.upstreams.json).
const corrected = correct({ document, text: "", sha256: "" }, readCorrections({ overlayFile: null, namesFile: null, webhooksFile: null }));
const model = buildApiModel(corrected.document, corrected.nameOverrides);

/** Seeded dynamic answers: json-schema-faker honours the document's patterns; the seed keeps runs identical. */
const PRISM_MODE = ["--dynamic", "--seed", "openphone-dated", "--json-schema-faker-fillProperties", "false"];

type SafeResult =
  | { ok: true; data: unknown; response: { status: number } }
  | { ok: false; error: { kind?: string; status?: number; message?: string; body?: unknown } };
type AnyCall = ((input: unknown) => Promise<unknown>) & { safe: (input: unknown) => Promise<SafeResult> };

interface Case {
  operation: Operation;
  input: Record<string, unknown>;
  /** The lowest documented 2xx status: the one Prism answers with. */
  status: number;
}

const CASES: Case[] = model.operations.map((operation) => {
  const statuses = operation.responses.map((r) => Number(r.status)).filter((s) => s >= 200 && s < 300);
  if (statuses.length === 0) throw new Error(`${operation.operationId} documents no 2xx response`);
  // A body that must hold at least one property (a PATCH of optional fields) gets its optional ones too.
  const raw = (document.paths as Record<string, Record<string, JsonObject>>)[operation.path]?.[operation.method];
  const bodySchema = JSON.stringify(raw?.requestBody ?? {});
  const optional = /"minProperties":[1-9]/.test(bodySchema);
  return { operation, input: exampleInput(operation, model, { optional }), status: Math.min(...statuses) };
});

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** What reached the proxy: method, path and the request headers (lower-case names). */
interface Seen {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
}
const seen: Seen[] = [];

let prism: ChildProcess | undefined;
let prismLog = "";
let proxy: Server | undefined;
let baseUrl = "";

/** Forwards every request to Prism unchanged, after writing down what arrived. */
function startProxy(target: number): Promise<string> {
  proxy = createHttpServer((incoming, outgoing) => {
    seen.push({ method: incoming.method ?? "", url: incoming.url ?? "", headers: { ...incoming.headers } });
    const forward = httpRequest(
      { host: "127.0.0.1", port: target, method: incoming.method, path: incoming.url, headers: incoming.headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forward.on("error", (error) => outgoing.writeHead(502).end(String(error)));
    incoming.pipe(forward);
  });
  return new Promise((resolveUrl) => {
    proxy?.listen(0, "127.0.0.1", () => {
      const address = proxy?.address();
      resolveUrl(`http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`);
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  prism = spawn(
    resolve(ROOT, "node_modules/.bin/prism"),
    ["mock", SNAPSHOT, "-h", "127.0.0.1", "-p", String(port), "--errors", "false", ...PRISM_MODE],
    { detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  prism.stdout?.on("data", (chunk: Buffer) => (prismLog += chunk.toString("utf8")));
  prism.stderr?.on("data", (chunk: Buffer) => (prismLog += chunk.toString("utf8")));
  const deadline = Date.now() + 45_000;
  for (;;) {
    if (prism.exitCode !== null) throw new Error(`prism exited early (${prism.exitCode}):\n${prismLog}`);
    try {
      await (await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2000) })).arrayBuffer();
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`prism did not answer on port ${port} within 45 s:\n${prismLog}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  baseUrl = await startProxy(port);
}, 60_000);

afterAll(async () => {
  await new Promise((r) => (proxy ? proxy.close(r) : r(undefined)));
  if (prism?.pid !== undefined && prism.exitCode === null) {
    try {
      // Detached: prism runs in its own process group; end the group (node and its workers).
      process.kill(-prism.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  }
});

const client = () =>
  dated.createClient({
    apiKey: "test-key",
    baseUrl,
    rateLimit: false,
    validateResponses: "compatible",
    maxRetries: 0,
    timeoutMs: 10_000,
  }) as unknown as Record<string, AnyCall>;

describe("the dated snapshot's operations", () => {
  it("are all covered: one client method per documented operation", () => {
    const methods = Object.values(document.paths as Record<string, JsonObject>).flatMap((item) =>
      Object.keys(item).filter((k) => ["get", "put", "post", "delete", "patch"].includes(k)),
    );
    expect(CASES.length).toBe(methods.length);
    expect(CASES.length).toBeGreaterThanOrEqual(50);
    const keys = Object.keys(client()).filter((k) => k !== "core");
    expect(keys.sort()).toEqual(CASES.map((c) => c.operation.functionName).sort());
  });

  it("have no Quo-Api-Version field in any input: the model dropped the fixed header", () => {
    for (const c of CASES)
      expect(
        c.operation.input.map((f) => f.name.toLowerCase()),
        c.operation.operationId,
      ).not.toContain("quo-api-version");
    // The header is documented (required, one value) on the operations, so the drop is the generator's doing.
    expect(JSON.stringify(document)).toContain('"Quo-Api-Version"');
  });
});

describe("every dated operation against Prism", () => {
  it.each(CASES.map((c) => [`${c.operation.method.toUpperCase()} ${c.operation.path} (${c.operation.functionName})`, c] as const))(
    "%s",
    async (_label, c) => {
      const call = client()[c.operation.functionName];
      expect(call, c.operation.functionName).toBeTypeOf("function");
      if (call === undefined) return;
      const before = seen.length;
      const result = await call.safe(c.input);
      const requests = seen.slice(before);
      if (!result.ok) {
        throw new Error(
          `${c.operation.operationId}: ${result.error.kind} ${result.error.status ?? ""} ${result.error.message ?? ""}\ninput: ${JSON.stringify(c.input)}\nbody: ${JSON.stringify(result.error.body)}`,
        );
      }
      expect(result.response.status).toBe(c.status);
      // Exactly one request went out, to the documented method and path, carrying the version.
      expect(requests).toHaveLength(1);
      const [request] = requests;
      const template = c.operation.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/?]+");
      expect(`${request?.method} ${request?.url}`).toMatch(new RegExp(`^${c.operation.method.toUpperCase()} ${template}(\\?|$)`));
      expect(request?.headers["quo-api-version"]).toBe(VERSION);
    },
  );
});

/** The operation functions: the exports that have a `…Safe` sibling. */
type OperationName = { [K in keyof typeof dated]: `${K & string}Safe` extends keyof typeof dated ? K : never }[keyof typeof dated];
/** The input type of every operation function (`fn(core, input)`), as a union. */
type DatedInputs = NonNullable<{ [K in OperationName]: Parameters<(typeof dated)[K]>[1] }[OperationName]>;
/**
 * Every named key of every member of a union (keyof a union alone gives only the shared ones).
 * Index signatures are left out: their `string` would swallow every literal key.
 */
type KeysOf<T> = T extends unknown ? keyof { [K in keyof T as string extends K ? never : K]: T[K] } : never;

describe("input types (type level)", () => {
  it("no dated Input type has a Quo-Api-Version property, in any spelling", () => {
    // The union really holds the inputs: a field only some inputs have (taskId) is among its keys.
    expectTypeOf<"taskId">().toMatchTypeOf<KeysOf<DatedInputs>>();
    expectTypeOf<Extract<Lowercase<Extract<KeysOf<DatedInputs>, string>>, "quo-api-version">>().toEqualTypeOf<never>();
    expectTypeOf<dated.ListTasksInput>().not.toHaveProperty("Quo-Api-Version");
  });
});
