import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../generator/core.js";
import { InputError } from "../../generator/errors.js";
import { buildApiModel } from "../../generator/model/build.js";
import { loadWebhookSupplement, mergeWebhookSupplement } from "../../generator/supplement.js";
import { tempDir } from "../helpers/paths.js";

const FILE = "openphone.webhooks.json";
const committed = loadWebhookSupplement(FILE)!;
const document = JSON.parse(readFileSync("generated/openapi.json", "utf8")) as JsonObject;
type Post = { "x-signature-scheme": string; requestBody: { content: { "application/json": { schema: JsonObject } } } };
const posts = Object.entries(committed.document.webhooks as Record<string, { post: Post }>);

describe("the committed supplement", () => {
  it("is a valid OpenAPI 3.1 document (swagger-parser)", async () => {
    await expect(SwaggerParser.validate(structuredClone(committed.document) as never)).resolves.toBeTruthy();
  });

  it("has the 9 legacy events and the 2026-03-30 events, each payload citing its source", () => {
    const legacy = posts.filter(([, item]) => item.post["x-signature-scheme"] === "legacy").map(([key]) => key);
    expect(legacy.sort()).toEqual([
      "call.completed",
      "call.recording.completed",
      "call.ringing",
      "call.summary.completed",
      "call.transcript.completed",
      "contact.deleted",
      "contact.updated",
      "message.delivered",
      "message.received",
    ]);
    const dated = posts.filter(([, item]) => item.post["x-signature-scheme"] === "standard-webhooks").map(([key]) => key);
    for (const type of [
      "message.failed",
      "call.answered",
      "call.missed",
      "call.voicemail.completed",
      "call.menu.selected",
      "message.undelivered",
    ])
      expect(dated).toContain(`2026-03-30/${type}`);
    for (const [, item] of posts) expect(item.post.requestBody.content["application/json"].schema["x-source"]).toMatch(/\b[VC]\b|[VC]-|Q-/);
  });

  it('carries the documented quirk: the summary and transcript events accept type "callSummary" / "callTranscript"', () => {
    const typeOf = (key: string) =>
      ((posts.find(([k]) => k === key)![1].post.requestBody.content["application/json"].schema.properties as JsonObject).type as JsonObject)
        .enum;
    expect(typeOf("call.summary.completed")).toEqual(["call.summary.completed", "callSummary"]);
    expect(typeOf("call.transcript.completed")).toEqual(["call.transcript.completed", "callTranscript"]);
  });
});

describe("mergeWebhookSupplement", () => {
  it("adds the webhooks and their component schemas without touching the input", () => {
    const before = JSON.stringify(document);
    const merged = mergeWebhookSupplement(document, committed);
    expect(JSON.stringify(document)).toBe(before);
    expect(Object.keys(merged.webhooks as JsonObject)).toHaveLength(posts.length);
    expect((merged.components as { schemas: JsonObject }).schemas.WebhookLegacyCall).toBeDefined();
    // The document's own components stay.
    for (const name of Object.keys((document.components as { schemas: JsonObject }).schemas))
      expect((merged.components as { schemas: JsonObject }).schemas[name]).toBeDefined();
  });

  it("lets webhooks the document publishes itself win, and names the skipped ones in one warning", () => {
    const vendor = { post: { summary: "the vendor's own" } };
    const published = { ...document, webhooks: { "message.received": vendor, "call.ringing": vendor } } as JsonObject;
    const warnings: string[] = [];
    const merged = mergeWebhookSupplement(published, committed, (m) => warnings.push(m));
    expect((merged.webhooks as JsonObject)["message.received"]).toEqual(vendor);
    expect((merged.webhooks as JsonObject)["call.completed"]).toBeDefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('"message.received", "call.ringing"; the entries of openphone.webhooks.json for them were skipped');
    expect(warnings[0]).toContain(
      `("message.received", "call.ringing" differ from the supplement's: \`npm run diff -- ${FILE} <the document>\``,
    );
  });

  it("says when a skipped entry is identical to the vendor's", () => {
    const same = { ...document, webhooks: { "call.missed": (committed.document.webhooks as JsonObject)["call.ringing"] } } as JsonObject;
    const renamed = {
      ...document,
      webhooks: { "call.ringing": (committed.document.webhooks as JsonObject)["call.ringing"] },
    } as JsonObject;
    const warnings: string[] = [];
    mergeWebhookSupplement(same, committed, (m) => warnings.push(m));
    expect(warnings).toEqual([]);
    mergeWebhookSupplement(renamed, committed, (m) => warnings.push(m));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("(they are identical)");
  });

  it("refuses a component schema that differs from the document's schema of the same name", () => {
    const clash = { ...document, components: { schemas: { WebhookCall: { type: "string" } } } } as JsonObject;
    expect(() => mergeWebhookSupplement(clash, committed)).toThrow(InputError);
    expect(() => mergeWebhookSupplement(clash, committed)).toThrow(/WebhookCall.*Rename it/);
  });

  it("feeds the model: named events for both families, shared shapes, the quirky type values", () => {
    const model = buildApiModel(mergeWebhookSupplement(document, committed));
    const events = model.webhooks!.events;
    const byKey = new Map(events.map((e) => [e.key, e]));
    expect(byKey.get("message.received")).toMatchObject({
      typeName: "MessageReceivedEvent",
      scheme: "legacy",
      types: ["message.received"],
    });
    expect(byKey.get("2026-03-30/message.received")).toMatchObject({ typeName: "QuoMessageReceivedEvent", scheme: "standard-webhooks" });
    expect(byKey.get("call.summary.completed")?.types).toEqual(["call.summary.completed", "callSummary"]);
    expect(model.webhooks!.models.map((m) => m.name)).toContain("WebhookCallContext");
    // The operations are the same with or without the supplement.
    expect(model.operations).toEqual(buildApiModel(document).operations);
  });
});

describe("a bad supplement is refused with the file, the place and the fix", () => {
  const dir = tempDir("opgen-webhooks-");
  const write = (name: string, text: string): string => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const valid = committed.document as JsonObject;
  const withoutSource = structuredClone(valid) as { webhooks: Record<string, { post: Post }> };
  delete withoutSource.webhooks["call.ringing"]!.post.requestBody.content["application/json"].schema["x-source"];
  const dangling = structuredClone(valid) as { components: { schemas: JsonObject } };
  delete dangling.components.schemas.WebhookContacts;
  const badScheme = structuredClone(valid) as { webhooks: Record<string, { post: Post }> };
  badScheme.webhooks["message.received"]!.post["x-signature-scheme"] = "svix";

  it.each<[string, string, RegExp]>([
    ["not JSON", "{ webhooks: ", /not valid JSON/],
    ["no webhooks", '{"openapi": "3.1.0"}', /"webhooks" is missing or empty/],
    ["OpenAPI 3.0", '{"openapi": "3.0.3", "webhooks": {"a": {}}}', /needs OpenAPI 3.1/],
    ["an entry without x-source", JSON.stringify(withoutSource), /webhooks\["call.ringing"\] payload schema does not cite its source/],
    ["a dangling $ref", JSON.stringify(dangling), /#\/components\/schemas\/WebhookContacts.*points nowhere/],
    ["an unknown signature scheme", JSON.stringify(badScheme), /x-signature-scheme.*"svix"/],
  ])("%s", (name, text, message) => {
    const path = write(`${name.replace(/\W+/g, "-")}.json`, text);
    expect(() => loadWebhookSupplement(path)).toThrow(InputError);
    expect(() => loadWebhookSupplement(path)).toThrow(message);
    expect(() => loadWebhookSupplement(path)).toThrow(path);
  });

  it("an explicitly named file that does not exist is an error; the absent default file is not", () => {
    expect(() => loadWebhookSupplement(join(dir, "missing.json"))).toThrow(/does not exist/);
  });

  it("generate --webhooks <bad file> exits 2 with the message, writing nothing", () => {
    const path = write("cli-bad.json", '{"openapi": "3.1.0", "webhooks": {}}');
    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", "generator/cli.ts", "generate", "--upstream", "v1", "--offline", "--check", "--webhooks", path],
      {
        encoding: "utf8",
        env: { ...process.env, OPENPHONE_SPEC_URL: "", GITHUB_STEP_SUMMARY: "" },
      },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`error: ${path}: "webhooks" is missing or empty`);
  });
});
