import { readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../generator/core.js";
import { emitWebhooks } from "../../generator/emit/webhooks.js";
import { buildApiModel } from "../../generator/model/build.js";
import { checkSupplement, mergeWebhookSupplement } from "../../generator/supplement.js";
import { docWith } from "../diff/helpers.js";

/** A supplement whose strings try to break out of every place they land in src/webhooks.ts. */
const hostileType = 'evil"type*/\u2028`${x}`';
const hostile = {
  openapi: "3.1.0",
  webhooks: {
    [hostileType]: {
      post: {
        summary: "ends the comment */ export const pwned = 1; /*",
        "x-signature-scheme": "legacy",
        requestBody: {
          content: {
            "application/json": {
              schema: {
                type: "object",
                "x-source": "*/ throw 1; /*",
                required: ["type"],
                properties: { type: { const: hostileType }, 'a-b"c': { type: "string" }, __proto__: { type: "number" } },
              },
            },
          },
        },
      },
    },
  },
} as unknown as JsonObject;

describe("emitWebhooks", () => {
  it("escapes every supplement string: the module parses, declares nothing extra and keeps the strings as data", () => {
    checkSupplement(hostile, "hostile.json");
    const model = buildApiModel(mergeWebhookSupplement(docWith({ type: "object" }), { document: hostile, file: "hostile.json" }));
    const [file] = emitWebhooks(model);
    const source = ts.createSourceFile("webhooks.ts", file!.contents, ts.ScriptTarget.ES2020, true, ts.ScriptKind.TS);
    const diagnostics = (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
    expect(diagnostics).toEqual([]);
    // The summary stays inside its comment: the terminator is escaped.
    expect(file!.contents).toContain("ends the comment *\\/ export const pwned");
    // Property names are tuple data (a string literal), never object keys.
    expect(file!.contents).toContain('["a-b\\"c", s$');
    const exported = source.statements.flatMap((s) => {
      if (!ts.canHaveModifiers(s) || !ts.getModifiers(s)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return [];
      if (ts.isVariableStatement(s)) return s.declarationList.declarations.map((d) => (d.name as ts.Identifier).text);
      return "name" in s && s.name ? [(s.name as ts.Identifier).text] : [];
    });
    expect(exported.sort()).toEqual(
      [
        "EvilTypeXEvent",
        "evilTypeXEvent",
        "allWebhookEvents",
        "LegacyWebhookEvent",
        "QuoWebhookEvent",
        "WebhookEvent",
        "WebhookEventType",
        "isKnownWebhookEvent",
        "parseWebhook",
      ].sort(),
    );
  });

  it("emits nothing for a document without webhooks", () => {
    expect(emitWebhooks(buildApiModel(docWith({ type: "object" })))).toEqual([]);
  });

  it("the committed package's module exports one definition per event, with the quirky type values", () => {
    const text = readFileSync("generated/src/webhooks.ts", "utf8");
    expect(text).toMatch(
      /^export const callSummaryCompletedEvent: WebhookEventDefinition<CallSummaryCompletedEvent> = \{\n {2}scheme: legacyScheme,\n {2}types: \["call\.summary\.completed", "callSummary"\],$/m,
    );
    expect(text).toContain('  types: ["call.transcript.completed", "callTranscript"],');
    expect(text).toMatch(/^export type WebhookEvent = LegacyWebhookEvent \| QuoWebhookEvent;$/m);
    // Only the webhook runtimes and the validation runtime's formats: no client, no validator module in a receiver's bundle.
    const imports = [...text.matchAll(/^import .* from "(.*)";$/gm)].map((m) => m[1]);
    expect(new Set(imports)).toEqual(new Set(["./runtime/validation.js", "./runtime/webhook-shapes.js", "./runtime/webhooks.js"]));
    expect(text).toMatch(/^import \{ dateTimeFormat \} from "\.\/runtime\/validation\.js";$/m);
  });
});
