/**
 * The key never shows in an error, however the server echoes it: redaction runs after the error
 * body is parsed, so a JSON-escaped echo (`\u0073k_...`) and a key holding `"` (escaped `\"` on
 * the wire) are caught in message, String(), util.inspect, stack, toJSON and body. A success
 * body is data and is left alone. A baseUrl with `user:password@` is refused before any call.
 */
import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { isOpenPhoneError, type OpenPhoneError } from "../../templates/runtime/errors.js";
import { createClientCore, request, safe } from "../../templates/runtime/http.js";
import type { OperationDescriptor } from "../../templates/runtime/types.js";
import { type Loopback, loopback, send } from "../helpers/loopback.js";

const getContact: OperationDescriptor = { operationId: "getContactById_v1", method: "GET", path: "/v1/contacts/{id}", errors: [401, 404] };

let api: Loopback | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

/** Every rendering of an error a log could hold. */
function renderings(error: OpenPhoneError): Record<string, string> {
  return {
    message: error.message,
    string: String(error),
    inspect: inspect(error, { depth: 10 }),
    stack: String(error.stack),
    json: JSON.stringify(error),
    body: JSON.stringify(error.body),
  };
}

/** `\u`-escape every character: valid JSON for the same string, with no byte of it in clear. */
const escapeAll = (text: string): string => [...text].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");

const cases: Array<[name: string, key: string, body: (key: string) => string]> = [
  ["echoed JSON-escaped (\\u0073k...)", "sk_live_escaped_0123456789", (key) => `{"message":"bad key ${escapeAll(key)}","code":"0100401"}`],
  [
    'a key holding a double quote, echoed as JSON (\\")',
    'sk_live_quo"te_0123456789',
    (key) => JSON.stringify({ message: `bad key ${key}` }),
  ],
  [
    "echoed in a nested value and a property name",
    "sk_live_nested_0123456789",
    (key) => JSON.stringify({ message: "no", errors: [{ [key]: { value: key } }] }),
  ],
  ["echoed in a text (non-JSON) body", "sk_live_text_0123456789", (key) => `<html>bad key ${key}</html>`],
];

describe("an error never carries the key", () => {
  for (const [name, key, body] of cases) {
    it(name, async () => {
      api = await loopback((_req, res) => send(res, 401, body(key)));
      const client = createClientCore({ apiKey: key, rateLimit: false, maxRetries: 0 }, api.url);
      const result = await safe(client, getContact, { id: "CT1" });
      expect(result.ok).toBe(false);
      const error = (result as { error: OpenPhoneError }).error;
      expect(error).toMatchObject({ kind: "api", status: 401 });
      for (const [where, text] of Object.entries(renderings(error))) {
        expect({ where, leaks: text.includes(key) }).toEqual({ where, leaks: false });
      }
      expect(renderings(error).body).toContain("[redacted]");
      // The same through request (throws): one path for both.
      const thrown = await request(client, getContact, { id: "CT1" }).catch((e: unknown) => e);
      expect(isOpenPhoneError(thrown) && thrown.message.includes(key)).toBe(false);
    });
  }

  it("a success body is data: an echo of the key there is returned as sent", async () => {
    const key = "sk_live_success_0123456789";
    api = await loopback((_req, res) => send(res, 200, { data: { id: "CT1", note: key } }));
    const client = createClientCore({ apiKey: key, rateLimit: false }, api.url);
    expect(await request(client, getContact, { id: "CT1" })).toEqual({ data: { id: "CT1", note: key } });
  });
});

describe("credentials in baseUrl", () => {
  for (const baseUrl of [
    "https://user:hunter2secret@api.openphone.com",
    "https://hunter2secret@api.openphone.com",
    "http://:hunter2secret@127.0.0.1:9",
  ]) {
    it(`${baseUrl.replace("hunter2secret", "…")}: refused at creation, the message quoting neither the URL nor the secret`, () => {
      let thrown: unknown;
      try {
        createClientCore({ apiKey: "sk_live_0123456789", baseUrl }, "https://api.openphone.com");
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(TypeError);
      const error = thrown as TypeError;
      expect(error.message).toMatch(/options\.baseUrl must not contain credentials \(user:password@\)/);
      expect(`${error.message}\n${error.stack}\n${inspect(error)}`).not.toContain("hunter2secret");
    });
  }

  it("a baseUrl that is not a URL is refused without quoting it", () => {
    expect(() => createClientCore({ apiKey: "sk_live_0123456789", baseUrl: "not a url hunter2secret" }, "https://x.example")).toThrow(
      /^options\.baseUrl must be an absolute http\(s\) URL/,
    );
  });
});
