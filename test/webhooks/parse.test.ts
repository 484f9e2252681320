import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  allWebhookEvents,
  callCompletedEvent,
  createWebhookParser,
  isKnownWebhookEvent,
  messageReceivedEvent,
  parseWebhook,
  quoMessageReceivedEvent,
  WebhookError,
} from "../../generated/src/webhooks.js";

/** The committed supplement: every event's payload shape, and the keys/secrets the tests sign with. */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const supplement = JSON.parse(readFileSync("openphone.webhooks.json", "utf8")) as { [key: string]: Json };
const vectors = JSON.parse(readFileSync("test/fixtures/webhooks/vectors.json", "utf8"));

const LEGACY_KEY = Buffer.from("legacy-signing-key-for-tests-0123456789");
const STANDARD_KEY = Buffer.from("standard-signing-key-for-tests-012345");
const NOW = 1_767_225_600_000; // 2026-01-01T00:00:00Z

function signLegacy(body: string): Record<string, string> {
  const timestamp = String(NOW);
  const signature = createHmac("sha256", LEGACY_KEY).update(`${timestamp}.${body}`).digest("base64");
  return { "openphone-signature": `hmac;1;${timestamp};${signature}` };
}

function signStandard(body: string, id = "msg_test"): Record<string, string> {
  const timestamp = String(NOW / 1000);
  const signature = createHmac("sha256", STANDARD_KEY).update(`${id}.${timestamp}.${body}`).digest("base64");
  return { "webhook-id": id, "webhook-timestamp": timestamp, "webhook-signature": `v1,${signature}` };
}

type Scheme = "legacy" | "standard-webhooks";
const parse = (body: string, scheme: Scheme, mode?: "strict" | "compatible") =>
  parseWebhook({
    body,
    headers: scheme === "legacy" ? signLegacy(body) : signStandard(body),
    secret: scheme === "legacy" ? LEGACY_KEY.toString("base64") : `whsec_${STANDARD_KEY.toString("base64")}`,
    now: NOW,
    ...(mode ? { mode } : {}),
  });

async function failure(promise: Promise<unknown>): Promise<WebhookError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WebhookError);
  return error as WebhookError;
}

/** A payload built from a JSON schema: every property present, the first enum value, the const, a valid string per format/pattern. */
function sample(schema: Json, root: { [key: string]: Json }): Json {
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) return null;
  if (typeof schema.$ref === "string") {
    const target = schema.$ref
      .slice(2)
      .split("/")
      .reduce<Json>((node, key) => (node as { [key: string]: Json })[key] as Json, root);
    return sample(target, root);
  }
  if ("const" in schema) return schema.const as Json;
  if (Array.isArray(schema.enum)) return schema.enum[0] as Json;
  if (Array.isArray(schema.anyOf)) return sample(schema.anyOf[0] as Json, root);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "object": {
      const properties = (schema.properties ?? {}) as { [key: string]: Json };
      return Object.fromEntries(Object.entries(properties).map(([name, s]) => [name, sample(s, root)]));
    }
    case "array":
      return [sample(schema.items as Json, root)];
    case "string":
      if (schema.format === "date-time") return "2026-01-01T00:00:00.000Z";
      if (typeof schema.pattern === "string") return `${/^\^([A-Z]+)/.exec(schema.pattern)?.[1] ?? ""}123`;
      return "text";
    case "number":
    case "integer":
      return 1;
    case "boolean":
      return true;
    default:
      return {};
  }
}

const webhooks = supplement.webhooks as { [key: string]: { [key: string]: Json } };
const events = Object.entries(webhooks).map(([key, item]) => {
  const post = item.post as { [key: string]: Json };
  const schema = ((post.requestBody as { [key: string]: Json }).content as { [key: string]: { [key: string]: Json } })["application/json"]!
    .schema as Json;
  return { key, scheme: post["x-signature-scheme"] as Scheme, payload: sample(schema, supplement) as { [key: string]: Json } };
});

describe("parseWebhook: a payload built from each event's shape validates", () => {
  it("covers the 9 legacy events and the 2026-03-30 events", () => {
    expect(events.filter((e) => e.scheme === "legacy").map((e) => e.key)).toHaveLength(9);
    expect(events.filter((e) => e.scheme === "standard-webhooks").length).toBeGreaterThanOrEqual(12);
  });

  it.each(events)("$key ($scheme)", async ({ scheme, payload }) => {
    const event = await parse(JSON.stringify(payload), scheme, "strict");
    expect(event).toEqual(payload);
    expect(isKnownWebhookEvent(event)).toBe(true);
  });
});

describe("parseWebhook: a mutated payload reports its pointer", () => {
  const legacyCall = events.find((e) => e.key === "call.completed")!;
  const quoMessage = events.find((e) => e.key === "2026-03-30/message.received")!;
  it.each<[string, Scheme, () => object, string]>([
    [
      "legacy call direction a number",
      "legacy",
      () => mutate(legacyCall.payload, ["data", "object", "direction"], 42),
      "/data/object/direction",
    ],
    ["legacy call id removed", "legacy", () => mutate(legacyCall.payload, ["data", "object", "id"], undefined), "/data/object/id"],
    ["legacy createdAt not a date-time", "legacy", () => mutate(legacyCall.payload, ["createdAt"], "yesterday"), "/createdAt"],
    [
      "2026-03-30 context contacts ids not a list",
      "standard-webhooks",
      () => mutate(quoMessage.payload, ["data", "context", "contacts", "ids"], "x"),
      "/data/context/contacts/ids",
    ],
    ["2026-03-30 apiVersion", "standard-webhooks", () => mutate(quoMessage.payload, ["apiVersion"], "v4"), "/apiVersion"],
  ])("%s → %s", async (_name, scheme, build, pointer) => {
    const error = await failure(parse(JSON.stringify(build()), scheme));
    expect(error.reason).toBe("invalid_payload");
    expect(error.issues.map((issue) => issue.pointer)).toContain(pointer);
    expect(error.message).toContain(pointer);
  });
});

function mutate(payload: object, path: string[], value: Json | undefined): object {
  const copy = structuredClone(payload) as { [key: string]: Json };
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as { [key: string]: Json };
  if (value === undefined) delete node[path.at(-1)!];
  else node[path.at(-1)!] = value;
  return copy;
}

describe("parseWebhook: documented quirks, the vectors, unknown events", () => {
  it('the legacy summary and transcript samples\' `type` "callSummary" / "callTranscript" parse as those events', async () => {
    for (const [key, quirk] of [
      ["call.summary.completed", "callSummary"],
      ["call.transcript.completed", "callTranscript"],
    ] as const) {
      const payload = { ...events.find((e) => e.key === key)!.payload, type: quirk };
      const event = await parse(JSON.stringify(payload), "legacy", "strict");
      expect(event.type).toBe(quirk);
      expect(isKnownWebhookEvent(event)).toBe(true);
    }
  });

  it("the legacy vector's body verifies and parses as a message.received event", async () => {
    const legacy = vectors.legacy;
    const event = await parseWebhook({
      body: legacy.body,
      headers: { "openphone-signature": legacy["openphone-signature"] },
      secret: legacy.signingSecret,
      now: Number(legacy.timestamp),
      mode: "strict",
    });
    if (!isKnownWebhookEvent(event) || event.type !== "message.received" || !("object" in event))
      throw new Error("not a legacy message.received");
    expect(event.data.object.text).toBe("Hello, world!");
  });

  it("the Standard Webhooks vector's body verifies but is no event: invalid_payload", async () => {
    const sw = vectors.standard;
    const error = await failure(
      parseWebhook({
        body: sw.body,
        headers: {
          "webhook-id": sw["webhook-id"],
          "webhook-timestamp": sw["webhook-timestamp"],
          "webhook-signature": sw["webhook-signature"],
        },
        secret: sw.secret,
        now: Number(sw["webhook-timestamp"]) * 1000,
      }),
    );
    expect(error.reason).toBe("invalid_payload");
  });

  it("an event type the package does not know passes in compatible mode, and is refused in strict mode", async () => {
    const body = JSON.stringify({ id: "EV1", apiVersion: "2026-03-30", type: "task.created", data: { resource: { id: "T1" } } });
    const event = await parse(body, "standard-webhooks");
    expect(isKnownWebhookEvent(event)).toBe(false);
    expect(event).toMatchObject({ type: "task.created", known: false, data: { resource: { id: "T1" } } });
    expect((await failure(parse(body, "standard-webhooks", "strict"))).reason).toBe("invalid_payload");
  });

  it("a legacy-signed delivery is checked against the legacy shape of its type, not the 2026-03-30 one", async () => {
    const quo = events.find((e) => e.key === "2026-03-30/message.received")!.payload;
    expect((await failure(parse(JSON.stringify(quo), "legacy"))).reason).toBe("invalid_payload");
  });

  it("compatible mode accepts a property the contract does not know; strict mode refuses it", async () => {
    const payload = { ...events.find((e) => e.key === "message.received")!.payload, newField: 1 };
    await expect(parse(JSON.stringify(payload), "legacy")).resolves.toMatchObject({ newField: 1 });
    const error = await failure(parse(JSON.stringify(payload), "legacy", "strict"));
    expect(error.issues[0]?.pointer).toBe("/newField");
  });

  it.each<[string, string, string]>([
    ["a signed body that is not JSON", "not json", "invalid_json"],
    ["a JSON array", "[]", "invalid_payload"],
    ["an object without a string type", '{"type": 3}', "invalid_payload"],
  ])("%s → %s", async (_name, body, reason) => {
    expect((await failure(parse(body, "legacy"))).reason).toBe(reason);
  });

  it("verification runs first: a tampered body is signature_mismatch, not a payload error", async () => {
    const body = JSON.stringify(events.find((e) => e.key === "message.received")!.payload);
    const error = await failure(
      parseWebhook({ body: `${body} `, headers: signLegacy(body), secret: LEGACY_KEY.toString("base64"), now: NOW }),
    );
    expect(error.reason).toBe("signature_mismatch");
  });
});

describe("createWebhookParser: the events a receiver picks", () => {
  const parser = createWebhookParser({ events: [messageReceivedEvent, callCompletedEvent] });
  const options = (payload: object, scheme: Scheme, mode?: "strict" | "compatible") => {
    const body = JSON.stringify(payload);
    return {
      body,
      headers: scheme === "legacy" ? signLegacy(body) : signStandard(body),
      secret: scheme === "legacy" ? LEGACY_KEY.toString("base64") : `whsec_${STANDARD_KEY.toString("base64")}`,
      now: NOW,
      ...(mode ? { mode } : {}),
    };
  };
  const payloadOf = (key: string) => events.find((e) => e.key === key)!.payload;

  it("parses and validates the picked events as parseWebhook does", async () => {
    const event = await parser(options(payloadOf("message.received"), "legacy", "strict"));
    expect(event).toEqual(payloadOf("message.received"));
    expect(isKnownWebhookEvent(event)).toBe(true);
    const broken = mutate(payloadOf("call.completed"), ["data", "object", "direction"], 42);
    const error = await failure(parser(options(broken, "legacy")));
    expect(error.reason).toBe("invalid_payload");
    expect(error.issues.map((issue) => issue.pointer)).toEqual(["/data/object/direction"]);
  });

  it("an event it was not given passes as unknown (compatible), is refused in strict mode", async () => {
    const contact = payloadOf("contact.updated");
    const event = await parser(options(contact, "legacy"));
    expect(event).toEqual({ ...contact, known: false });
    expect(isKnownWebhookEvent(event)).toBe(false);
    expect((await failure(parser(options(contact, "legacy", "strict")))).reason).toBe("invalid_payload");
  });

  it("verifies only its events' schemes: a Standard Webhooks delivery to a legacy-only parser is missing its header", async () => {
    const quo = payloadOf("2026-03-30/message.received");
    const error = await failure(parser(options(quo, "standard-webhooks")));
    expect(error.reason).toBe("missing_header");
    expect(error.message).toContain("openphone-signature");
    const both = createWebhookParser({ events: [messageReceivedEvent, quoMessageReceivedEvent] });
    expect(await both(options(quo, "standard-webhooks", "strict"))).toEqual(quo);
  });

  it("allWebhookEvents is what parseWebhook checks: one definition per event in the supplement", () => {
    expect(allWebhookEvents).toHaveLength(events.length);
    expect(new Set(allWebhookEvents.map((e) => e.scheme.name))).toEqual(new Set(["legacy", "standard-webhooks"]));
  });
});
