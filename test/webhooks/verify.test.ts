import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type VerifyWebhookOptions, verifyWebhook, WebhookError, type WebhookErrorReason } from "../../templates/runtime/webhooks.js";

/** The published Standard Webhooks vector and the self-computed legacy vector (fixtures, copied from the webhook notes). */
const vectors = JSON.parse(readFileSync("test/fixtures/webhooks/vectors.json", "utf8"));
const sw = vectors.standard;
const legacy = vectors.legacy;
const swNow = Number(sw["webhook-timestamp"]) * 1000;
const legacyNow = Number(legacy.timestamp);

const swHeaders = (overrides: Record<string, string | undefined> = {}): Record<string, string> => {
  const headers: Record<string, string | undefined> = {
    "webhook-id": sw["webhook-id"],
    "webhook-timestamp": sw["webhook-timestamp"],
    "webhook-signature": sw["webhook-signature"],
    ...overrides,
  };
  return Object.fromEntries(Object.entries(headers).filter((e): e is [string, string] => e[1] !== undefined));
};
const swOptions = (over: Partial<VerifyWebhookOptions> = {}): VerifyWebhookOptions => ({
  body: sw.body,
  headers: swHeaders(),
  secret: sw.secret,
  now: swNow,
  ...over,
});
const legacyOptions = (over: Partial<VerifyWebhookOptions> = {}): VerifyWebhookOptions => ({
  body: legacy.body,
  headers: { "openphone-signature": legacy["openphone-signature"] },
  secret: legacy.signingSecret,
  now: legacyNow,
  ...over,
});

const legacyWith = (signature: string): VerifyWebhookOptions =>
  legacyOptions({ headers: { "openphone-signature": `hmac;1;${legacy.timestamp};${signature}` } });

async function reasonOf(options: VerifyWebhookOptions): Promise<WebhookErrorReason | "verified"> {
  try {
    await verifyWebhook(options);
    return "verified";
  } catch (error) {
    if (!(error instanceof WebhookError)) throw error;
    // Whatever the failure, the message never carries a secret.
    for (const secret of [sw.secret, sw.secret.slice(6), legacy.signingSecret]) expect(error.message).not.toContain(secret);
    return error.reason;
  }
}

describe("verifyWebhook: the test vectors verify", () => {
  it("the public Standard Webhooks vector (plain record headers)", async () => {
    const result = await verifyWebhook(swOptions());
    expect(result).toEqual({ scheme: "standard-webhooks", id: sw["webhook-id"], timestamp: 1614265330, text: sw.body });
  });

  it("the Standard Webhooks vector from a Headers object, bytes body, secret without whsec_", async () => {
    const result = await verifyWebhook(
      swOptions({ headers: new Headers(swHeaders()), body: new TextEncoder().encode(sw.body), secret: sw.secret.slice(6) }),
    );
    expect(result.scheme).toBe("standard-webhooks");
  });

  it("the legacy vector (13-digit millisecond timestamp, base64-decoded key)", async () => {
    const result = await verifyWebhook(legacyOptions());
    expect(result).toEqual({ scheme: "legacy", id: undefined, timestamp: 1639710054, text: legacy.body });
  });

  it("the legacy vector as an ArrayBuffer body and a mixed-case header name", async () => {
    const bytes = new TextEncoder().encode(legacy.body);
    const options = legacyOptions({ body: bytes.buffer.slice(0), headers: { "OpenPhone-Signature": legacy["openphone-signature"] } });
    expect(await reasonOf(options)).toBe("verified");
  });
});

describe("verifyWebhook: rotation and several signatures", () => {
  it.each<[string, Partial<VerifyWebhookOptions>]>([
    ["standard: the right secret second in the list", { secret: ["whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAA", sw.secret] }],
    [
      "standard: the matching signature second in webhook-signature",
      { headers: swHeaders({ "webhook-signature": `v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= ${sw["webhook-signature"]}` }) },
    ],
    [
      "standard: entries of other versions are ignored",
      { headers: swHeaders({ "webhook-signature": `v1a,xyz ${sw["webhook-signature"]}` }) },
    ],
    [
      "standard: two header lines joined by Headers with a comma",
      {
        headers: (() => {
          const h = new Headers(swHeaders({ "webhook-signature": "v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=" }));
          h.append("webhook-signature", sw["webhook-signature"]);
          return h;
        })(),
      },
    ],
  ])("%s", async (_name, over) => {
    expect(await reasonOf(swOptions(over))).toBe("verified");
  });

  it("many secrets (more than the 16 cached keys) still verify, again and again", async () => {
    const others = Array.from({ length: 20 }, (_, i) => `whsec_${Buffer.from(`other-secret-${i}`).toString("base64")}`);
    for (let round = 0; round < 3; round++) {
      expect(await reasonOf(swOptions({ secret: [...others, sw.secret] }))).toBe("verified");
      expect(await reasonOf(swOptions({ secret: others }))).toBe("signature_mismatch");
    }
  });

  it("legacy: several comma-separated entries, any one matching", async () => {
    const header = `hmac;1;${legacy.timestamp};AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=,${legacy["openphone-signature"]}`;
    expect(await reasonOf(legacyOptions({ headers: { "openphone-signature": header } }))).toBe("verified");
  });

  it("legacy: a sender that signs with a 10-digit seconds timestamp verifies too (the unit is read from the digits)", async () => {
    const signature = createHmac("sha256", Buffer.from(legacy.signingSecret, "base64"))
      .update(`1639710054.${legacy.body}`)
      .digest("base64");
    expect(signature).toBe(legacy.mustFailSignatures.timestampCutToSeconds);
    expect(await reasonOf(legacyOptions({ headers: { "openphone-signature": `hmac;1;1639710054;${signature}` } }))).toBe("verified");
  });

  it("one endpoint, both schemes: the same list of a whsec_ secret and a legacy key verifies each delivery", async () => {
    const both = [sw.secret, legacy.signingSecret];
    expect(await reasonOf(legacyOptions({ secret: both }))).toBe("verified");
    expect(await reasonOf(swOptions({ secret: both }))).toBe("verified");
    expect(await reasonOf(legacyOptions({ secret: sw.secret }))).toBe("signature_mismatch");
  });

  it("legacy: the right key second in the list", async () => {
    expect(await reasonOf(legacyOptions({ secret: ["AAAAAAAAAAAAAAAAAAAAAA==", legacy.signingSecret] }))).toBe("verified");
  });
});

describe("verifyWebhook: each documented mistake fails with its reason", () => {
  const tamperedBody = legacy.body.replace("Hello, world!", "Hello, world?");
  const reserialised = JSON.stringify(JSON.parse(sw.body)); // `{"test":2432232314}`: the space is gone
  it.each<[string, VerifyWebhookOptions, WebhookErrorReason]>([
    // The signatures a verifier with each mistake would compute, sent under the real header's timestamp.
    ["legacy: key used as text, not decoded", legacyWith(legacy.mustFailSignatures.keyUsedAsText), "signature_mismatch"],
    ["legacy: timestamp cut to seconds", legacyWith(legacy.mustFailSignatures.timestampCutToSeconds), "signature_mismatch"],
    ["legacy: tampered body", legacyOptions({ body: tamperedBody }), "signature_mismatch"],
    ["legacy: wrong secret", legacyOptions({ secret: "AAAAAAAAAAAAAAAAAAAAAA==" }), "signature_mismatch"],
    ["legacy: old timestamp (6 minutes later)", legacyOptions({ now: legacyNow + 360_000 }), "timestamp_out_of_tolerance"],
    ["legacy: timestamp in the future", legacyOptions({ now: legacyNow - 360_000 }), "timestamp_out_of_tolerance"],
    ["legacy: no header at all", legacyOptions({ headers: {} }), "missing_header"],
    ["legacy: three fields", legacyOptions({ headers: { "openphone-signature": `hmac;1;${legacy.timestamp}` } }), "malformed_header"],
    [
      "legacy: unknown scheme version",
      legacyOptions({ headers: { "openphone-signature": legacy["openphone-signature"].replace("hmac;1", "hmac;2") } }),
      "malformed_header",
    ],
    [
      "legacy: timestamp not digits",
      legacyOptions({ headers: { "openphone-signature": "hmac;1;yesterday;H1Dd0IvmEEV0o5ZiwehWO9CY/NcFHk7rqJ0zavd7C4U=" } }),
      "malformed_header",
    ],
    ["standard: re-serialised JSON body", swOptions({ body: reserialised }), "signature_mismatch"],
    ["standard: tampered body", swOptions({ body: sw.body.replace("2432232314", "2432232315") }), "signature_mismatch"],
    ["standard: wrong secret", swOptions({ secret: "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAA" }), "signature_mismatch"],
    ["standard: another delivery's id", swOptions({ headers: swHeaders({ "webhook-id": "msg_other" }) }), "signature_mismatch"],
    ["standard: old timestamp (6 minutes later)", swOptions({ now: swNow + 360_000 }), "timestamp_out_of_tolerance"],
    ["standard: timestamp in the future", swOptions({ now: swNow - 360_000 }), "timestamp_out_of_tolerance"],
    [
      "standard: tolerance narrowed to 10 s, 11 s late",
      swOptions({ now: swNow + 11_000, toleranceSeconds: 10 }),
      "timestamp_out_of_tolerance",
    ],
    [
      "standard: timestamp in milliseconds",
      swOptions({ headers: swHeaders({ "webhook-timestamp": "1614265330000" }) }),
      "malformed_header",
    ],
    ["standard: webhook-id missing", swOptions({ headers: swHeaders({ "webhook-id": undefined }) }), "missing_header"],
    ["standard: webhook-signature missing", swOptions({ headers: swHeaders({ "webhook-signature": undefined }) }), "missing_header"],
    ["standard: webhook-timestamp not a number", swOptions({ headers: swHeaders({ "webhook-timestamp": "soon" }) }), "malformed_header"],
    ["standard: no v1 entry", swOptions({ headers: swHeaders({ "webhook-signature": "v2,abc" }) }), "malformed_header"],
  ])("%s → %s", async (_name, options, reason) => {
    expect(await reasonOf(options)).toBe(reason);
  });

  it("accepts the edge of the window (300 s both ways) and refuses one second past it", async () => {
    expect(await reasonOf(swOptions({ now: swNow + 300_000 }))).toBe("verified");
    expect(await reasonOf(swOptions({ now: swNow - 300_000 }))).toBe("verified");
    expect(await reasonOf(swOptions({ now: swNow + 301_000 }))).toBe("timestamp_out_of_tolerance");
  });

  it("refuses a parsed object as the body with a TypeError that says to pass the raw body", async () => {
    const options = { ...swOptions(), body: JSON.parse(sw.body) } as unknown as VerifyWebhookOptions;
    await expect(verifyWebhook(options)).rejects.toThrow(/raw body/);
  });

  it("names a secret that is not base64 by its position, never by its value", async () => {
    const error = await verifyWebhook(swOptions({ secret: ["whsec_%%%not-base64%%%", sw.secret] })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toContain("secret #1");
    expect((error as Error).message).not.toContain("not-base64");
  });
});

describe("verifyWebhook agrees with node:crypto on random inputs", () => {
  it.each(Array.from({ length: 8 }, (_, i) => i))("round %i", async (round) => {
    const key = Buffer.from(Array.from({ length: 24 + round }, (_, i) => (i * 37 + round * 11) & 0xff));
    const body = JSON.stringify({ type: "message.received", n: round, text: "é€😀".repeat(round) });
    const timestamp = String(1_700_000_000 + round);
    const id = `msg_${round}`;
    const signature = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64");
    const options: VerifyWebhookOptions = {
      body,
      headers: { "webhook-id": id, "webhook-timestamp": timestamp, "webhook-signature": `v1,${signature}` },
      secret: `whsec_${key.toString("base64")}`,
      now: Number(timestamp) * 1000,
    };
    expect(await reasonOf(options)).toBe("verified");
    const legacySignature = createHmac("sha256", key).update(`${timestamp}000.${body}`).digest("base64");
    const legacyResult = await reasonOf({
      ...options,
      headers: { "openphone-signature": `hmac;1;${timestamp}000;${legacySignature}` },
      secret: key.toString("base64"),
    });
    expect(legacyResult).toBe("verified");
  });
});
