/**
 * The generated client against an independent mock: Prism serving the committed snapshot
 * (generated/openapi.json). Every operation of the snapshot is called through `createClient`
 * with an input built from the operation's own parameter and request-body schemas; Prism
 * validates the request against the spec and answers with a documented success response,
 * which our generated validators must accept.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, type OpenPhoneClient } from "../../generated/src/index.js";
import type { JsonObject, JsonValue } from "../../generator/core.js";
import { buildExample } from "../../scripts/bench/example.js";

const SPEC_PATH = resolve(process.cwd(), "generated/openapi.json");
const spec = JSON.parse(readFileSync(SPEC_PATH, "utf8")) as JsonObject;
/**
 * Seeded dynamic examples. Prism's static mode answers "string" for every string schema
 * without an example, which breaks the spec's own `pattern`s (`^PN(.*)$`...) in 8 of 22
 * responses, so our validators (rightly) refuse them. json-schema-faker honours patterns,
 * and the seed keeps the answers identical from run to run.
 */
const PRISM_MODE = ["--dynamic", "--seed", "openphone", "--json-schema-faker-fillProperties", "false"];
const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

interface Case {
  operationId: string;
  functionName: string;
  method: string;
  path: string;
  input: Record<string, JsonValue>;
  /** The same plus every optional parameter (exercises query serialization: arrays, booleans, dates). */
  fullInput: Record<string, JsonValue>;
  /** The lowest documented 2xx status, the one Prism answers with by default. */
  status: number;
  /** Whether that status documents a JSON body. */
  hasBody: boolean;
}

const asObject = (value: JsonValue | undefined): JsonObject =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};

function deref(value: JsonValue | undefined): JsonObject {
  const node = asObject(value);
  if (typeof node.$ref !== "string") return node;
  let target: JsonValue = spec;
  for (const part of node.$ref.slice(2).split("/")) target = asObject(target)[part.replace(/~1/g, "/").replace(/~0/g, "~")] as JsonValue;
  return deref(target);
}

/** "sendMessage_v1" → "sendMessage" (the generator's naming for the client keys). */
function functionNameOf(operationId: string): string {
  const base = operationId.replace(/_v\d+$/, "");
  return base.charAt(0).toLowerCase() + base.slice(1);
}

/** Required parameters (by wire name) plus every property of the JSON request body (flat). */
function inputOf(operation: JsonObject, pathItem: JsonObject, optional: boolean): Record<string, JsonValue> {
  const input: Record<string, JsonValue> = {};
  const params = [
    ...((pathItem.parameters as JsonValue[] | undefined) ?? []),
    ...((operation.parameters as JsonValue[] | undefined) ?? []),
  ];
  for (const raw of params) {
    const param = deref(raw);
    if (param.required !== true && !optional) continue;
    input[param.name as string] = buildExample(param.schema ?? {}, spec);
  }
  const body = deref(operation.requestBody);
  const schema = asObject(asObject(asObject(body.content)["application/json"]).schema);
  if (Object.keys(schema).length > 0) Object.assign(input, asObject(buildExample(schema, spec)));
  return input;
}

function casesOf(): Case[] {
  const cases: Case[] = [];
  for (const path of Object.keys(asObject(spec.paths)).sort()) {
    const item = asObject(asObject(spec.paths)[path]);
    for (const method of METHODS) {
      const operation = asObject(item[method]);
      if (typeof operation.operationId !== "string") continue;
      const responses = asObject(operation.responses);
      const success = Object.keys(responses)
        .filter((s) => /^2\d\d$/.test(s))
        .sort();
      const first = success[0];
      if (first === undefined) throw new Error(`${operation.operationId} documents no 2xx response`);
      const content = asObject(deref(responses[first]).content);
      cases.push({
        operationId: operation.operationId,
        functionName: functionNameOf(operation.operationId),
        method: method.toUpperCase(),
        path,
        input: inputOf(operation, item, false),
        fullInput: inputOf(operation, item, true),
        status: Number(first),
        hasBody: "application/json" in content,
      });
    }
  }
  return cases;
}

const CASES = casesOf();

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
    ["mock", SPEC_PATH, "-h", "127.0.0.1", "-p", String(port), "--errors", "false", ...PRISM_MODE],
    { detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  prism.stdout?.on("data", (chunk: Buffer) => (prismLog += chunk.toString("utf8")));
  prism.stderr?.on("data", (chunk: Buffer) => (prismLog += chunk.toString("utf8")));
  const deadline = Date.now() + 45_000;
  for (;;) {
    if (prism.exitCode !== null) throw new Error(`prism exited early (${prism.exitCode}):\n${prismLog}`);
    try {
      await fetch(`${baseUrl}/v1/contact-custom-fields`, { headers: { authorization: "probe" }, signal: AbortSignal.timeout(2000) });
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`prism did not answer on ${baseUrl} within 45 s:\n${prismLog}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}, 60_000);

afterAll(() => stopPrism());

function clientFor(): OpenPhoneClient {
  return createClient({
    apiKey: "test-key",
    baseUrl,
    rateLimit: false,
    validateResponses: "compatible",
    maxRetries: 0,
    timeoutMs: 10_000,
    onRequest: (event) => {
      const list = sent[event.operationId] ?? [];
      list.push(`${event.method} ${event.url}`);
      sent[event.operationId] = list;
    },
  });
}

type AnyCall = ((input: unknown) => Promise<unknown>) & {
  safe: (input: unknown) => Promise<{ ok: true; data: unknown; response: { status: number } } | { ok: false; error: unknown }>;
};

describe("the snapshot's operations", () => {
  it("are all covered, each with a client method", () => {
    const client = clientFor();
    expect(CASES.length).toBeGreaterThanOrEqual(22);
    const names = CASES.map((c) => c.functionName).sort();
    const keys = Object.keys(client)
      .filter((k) => k !== "core")
      .sort();
    expect(keys).toEqual(names);
  });
});

describe("Prism as a judge", () => {
  // Control: Prism really validates requests, so a resolved call below means "accepted".
  it("refuses a request without a required query parameter or without credentials", async () => {
    const missing = await fetch(`${baseUrl}/v1/messages?participants=%2B15555550123&maxResults=10`, { headers: { authorization: "k" } });
    await missing.arrayBuffer();
    expect(missing.status).toBeGreaterThanOrEqual(400);
    const anonymous = await fetch(`${baseUrl}/v1/contact-custom-fields`);
    await anonymous.arrayBuffer();
    expect(anonymous.status).toBe(401);
  });
});

describe("every operation against Prism (generated/openapi.json)", () => {
  it.each(CASES.map((c) => [`${c.method} ${c.path} (${c.functionName})`, c] as const))("%s", async (_label, c) => {
    const client = clientFor() as unknown as Record<string, AnyCall>;
    const call = client[c.functionName];
    expect(call, `client.${c.functionName}`).toBeTypeOf("function");
    if (call === undefined) return;
    const result = await call.safe(c.input);
    if (!result.ok) {
      const error = result.error as { kind?: string; status?: number; body?: unknown; message?: string };
      // Prism refusing our request (e.g. 422 with its violations) is a finding: show what we sent.
      throw new Error(
        `${c.operationId}: ${error.kind} ${error.status ?? ""} ${error.message ?? ""}\nsent: ${JSON.stringify(sent[c.operationId])}\ninput: ${JSON.stringify(c.input)}\nbody: ${JSON.stringify(error.body)}`,
      );
    }
    expect(result.response.status).toBe(c.status);
    // The request really went to the documented method and path template.
    const template = c.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/?]+");
    expect(sent[c.operationId]?.at(-1)).toMatch(new RegExp(`^${c.method} ${baseUrl}${template}(\\?|$)`));
    if (c.hasBody) {
      expect(result.data).toBeTypeOf("object");
      expect(result.data).not.toBeNull();
      expect(result.data).toHaveProperty("data");
    } else {
      expect(result.data).toBeUndefined();
    }
    // The throwing form, with every optional parameter too, resolves to the same shape.
    const data = await call(c.fullInput);
    if (c.hasBody) expect(data).toHaveProperty("data");
    else expect(data).toBeUndefined();
  });
});
