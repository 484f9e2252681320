/**
 * The generated client against an independent mock: Prism serving the snapshot the client was
 * generated from (test/helpers/generated.ts: generated/openapi.json unless OPENPHONE_GENERATED
 * says otherwise). Every operation is called through `createClient` with an input built from
 * the model the client was generated from (test/helpers/example-input.ts); Prism validates the
 * request against the spec and answers with a documented success response, which our
 * generated validators must accept. Nothing here names an operation: any accepted upstream
 * runs the same checks.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiModel, Operation, Schema } from "../../generator/model/types.js";
import { exampleInput } from "../helpers/example-input.js";
import { GENERATED, readSnapshot, SNAPSHOT, snapshotModel } from "../helpers/generated.js";

type AnyCall = ((input: unknown) => Promise<unknown>) & {
  safe: (input: unknown) => Promise<{ ok: true; data: unknown; response: { status: number } } | { ok: false; error: unknown }>;
};
type Client = Record<string, AnyCall>;
interface RequestEvent {
  operationId: string;
  method: string;
  url: string;
}
// The package under test, loaded from wherever it was generated.
const { createClient } = (await import(join(GENERATED, "src/index.ts"))) as { createClient: (options: object) => Client };

/**
 * Seeded dynamic examples. Prism's static mode answers "string" for every string schema
 * without an example, which breaks the spec's own `pattern`s (`^PN(.*)$`...) in 8 of 22
 * responses, so our validators (rightly) refuse them. json-schema-faker honours patterns,
 * and the seed keeps the answers identical from run to run.
 */
const PRISM_MODE = ["--dynamic", "--seed", "openphone", "--json-schema-faker-fillProperties", "false"];
const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

const model = snapshotModel();

interface Case {
  operation: Operation;
  functionName: string;
  method: string;
  path: string;
  input: Record<string, unknown>;
  /** The same plus every optional field and property (exercises query serialization: arrays, booleans, dates). */
  fullInput: Record<string, unknown>;
  /** The lowest documented 2xx status, the one Prism answers with by default. */
  status: number;
  /** That status's media type, when it documents a body. */
  contentType: string | undefined;
  /** The kind its body's schema has at the top (after following a named model). */
  bodyKind: Schema["kind"] | undefined;
}

function topKind(schema: Schema | undefined, m: ApiModel): Schema["kind"] | undefined {
  if (schema?.kind === "ref") return topKind(m.models.find((n) => n.name === schema.name)?.schema, m);
  return schema?.kind;
}

const CASES: Case[] = model.operations.map((operation) => {
  const success = operation.responses
    .filter((r) => typeof r.status === "number" && r.status >= 200 && r.status < 300)
    .sort((a, b) => Number(a.status) - Number(b.status))[0];
  if (success === undefined) throw new Error(`${operation.operationId} documents no 2xx response`);
  return {
    operation,
    functionName: operation.functionName,
    method: operation.method.toUpperCase(),
    path: operation.path,
    input: exampleInput(operation, model, { optional: false }),
    fullInput: exampleInput(operation, model, { optional: true }),
    status: Number(success.status),
    contentType: success.contentType,
    bodyKind: topKind(success.schema, model),
  };
});

/** The URL of a case's request, built by hand: path parameters filled in, the given query fields. */
function urlOf(c: Case, leaveOut?: string): string {
  let path = c.path;
  const query = new URLSearchParams();
  for (const field of c.operation.input) {
    const value = c.input[field.name];
    if (value === undefined || field.name === leaveOut) continue;
    if (field.in === "path") path = path.replace(`{${field.name}}`, encodeURIComponent(String(value)));
    if (field.in === "query") for (const item of Array.isArray(value) ? value : [value]) query.append(field.name, String(item));
  }
  const search = query.toString();
  return `${baseUrl}${path}${search ? `?${search}` : ""}`;
}

/** Whether the snapshot requires credentials for this operation (its own `security`, else the document's). */
function needsCredentials(c: Case): boolean {
  const document = readSnapshot();
  const item = (document.paths as Record<string, Record<string, { security?: unknown[] }>>)[c.path];
  const security = item?.[c.method.toLowerCase()]?.security ?? (document.security as unknown[] | undefined) ?? [];
  return security.length > 0 && !security.some((s) => s !== null && typeof s === "object" && Object.keys(s).length === 0);
}

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

let prism: ChildProcess | undefined;
let prismLog = "";
let baseUrl = "";
/** What the client sent, per operationId (from the onRequest hook). */
const sent: Record<string, string[]> = {};

function stopPrism(): void {
  if (prism?.pid !== undefined && prism.exitCode === null) {
    try {
      // Detached: prism runs under its own process group; end the whole group (node + workers).
      process.kill(-prism.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  }
}

beforeAll(async () => {
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  prism = spawn(
    resolve(process.cwd(), "node_modules/.bin/prism"),
    ["mock", SNAPSHOT, "-h", "127.0.0.1", "-p", String(port), "--errors", "false", ...PRISM_MODE],
    { detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  prism.stdout?.on("data", (chunk: Buffer) => (prismLog += chunk.toString("utf8")));
  prism.stderr?.on("data", (chunk: Buffer) => (prismLog += chunk.toString("utf8")));
  const deadline = Date.now() + 45_000;
  for (;;) {
    if (prism.exitCode !== null) throw new Error(`prism exited early (${prism.exitCode}):\n${prismLog}`);
    try {
      // Any answer means Prism listens; the path need not exist.
      await (await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(2000) })).arrayBuffer();
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`prism did not answer on ${baseUrl} within 45 s:\n${prismLog}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}, 60_000);

afterAll(() => stopPrism());

function clientFor(): Client {
  return createClient({
    apiKey: "test-key",
    baseUrl,
    rateLimit: false,
    validateResponses: "compatible",
    maxRetries: 0,
    timeoutMs: 10_000,
    onRequest: (event: RequestEvent) => {
      const list = sent[event.operationId] ?? [];
      list.push(`${event.method} ${event.url}`);
      sent[event.operationId] = list;
    },
  });
}

describe("the snapshot's operations", () => {
  it("are all covered, each with a client method", () => {
    const client = clientFor();
    const paths = Object.values(readSnapshot().paths as Record<string, Record<string, unknown>>);
    const operations = paths.flatMap((item) => METHODS.filter((m) => m in item));
    expect(CASES.length).toBeGreaterThan(0);
    expect(CASES).toHaveLength(operations.length);
    const names = CASES.map((c) => c.functionName).sort();
    const keys = Object.keys(client)
      .filter((k) => k !== "core")
      .sort();
    expect(keys).toEqual(names);
  });
});

describe("Prism as a judge", () => {
  // Control: Prism really validates requests, so a resolved call below means "accepted".
  const withRequiredQuery = CASES.flatMap((c) =>
    c.operation.parameters.filter((p) => p.in === "query" && p.required).map((p) => [c, p.name] as const),
  )[0];
  it.skipIf(withRequiredQuery === undefined)("refuses a request without a required query parameter", async () => {
    const [c, name] = withRequiredQuery ?? [];
    if (c === undefined) return;
    const missing = await fetch(urlOf(c, name), { method: c.method, headers: { authorization: "k" } });
    await missing.arrayBuffer();
    expect(missing.status).toBeGreaterThanOrEqual(400);
  });

  const guarded = CASES.find((c) => needsCredentials(c) && c.method === "GET") ?? CASES.find(needsCredentials);
  it.skipIf(guarded === undefined)("refuses a request without credentials", async () => {
    if (guarded === undefined) return;
    const anonymous = await fetch(urlOf(guarded), { method: guarded.method });
    await anonymous.arrayBuffer();
    expect(anonymous.status).toBe(401);
  });
});

/** The success body as the client returns it: nothing for no body, text for a non-JSON one, else the kind the schema gives. */
function expectBody(data: unknown, c: Case): void {
  if (c.contentType === undefined) {
    expect(data).toBeUndefined();
  } else if (!/json/i.test(c.contentType)) {
    expect(data).toBeTypeOf("string");
  } else if (c.bodyKind === "object") {
    expect(data).toBeTypeOf("object");
    expect(data).not.toBeNull();
    expect(Array.isArray(data)).toBe(false);
  } else if (c.bodyKind === "array") {
    expect(Array.isArray(data)).toBe(true);
  } else {
    expect(data).not.toBeUndefined();
  }
}

describe("every operation against Prism (the snapshot)", () => {
  it.each(CASES.map((c) => [`${c.method} ${c.path} (${c.functionName})`, c] as const))("%s", async (_label, c) => {
    const client = clientFor();
    const call = client[c.functionName];
    expect(call, `client.${c.functionName}`).toBeTypeOf("function");
    if (call === undefined) return;
    const result = await call.safe(c.input);
    if (!result.ok) {
      const error = result.error as { kind?: string; status?: number; body?: unknown; message?: string };
      // Prism refusing our request (e.g. 422 with its violations) is a finding: show what we sent.
      throw new Error(
        `${c.operation.operationId}: ${error.kind} ${error.status ?? ""} ${error.message ?? ""}\nsent: ${JSON.stringify(sent[c.operation.operationId])}\ninput: ${JSON.stringify(c.input)}\nbody: ${JSON.stringify(error.body)}`,
      );
    }
    expect(result.response.status).toBe(c.status);
    // The request really went to the documented method and path template.
    const template = c.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/?]+");
    expect(sent[c.operation.operationId]?.at(-1)).toMatch(new RegExp(`^${c.method} ${baseUrl}${template}(\\?|$)`));
    // The generated validators accepted the body (else the call had failed); it has the documented kind.
    expectBody(result.data, c);
    // The throwing form, with every optional field too, resolves to the same kind.
    expectBody(await call(c.fullInput), c);
  });
});
