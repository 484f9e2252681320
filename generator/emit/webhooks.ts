/**
 * `src/webhooks.ts`, the `openphone-api/webhooks` entry point: the event types
 * (one per webhook in the model, a `WebhookEvent` union discriminated by `type`),
 * one exported definition per event (its contract as `Shape` data, webhook-shapes.ts),
 * and `parseWebhook` over all of them. Verifying and parsing are the hand-written
 * runtime (templates/runtime/webhooks.ts), re-exported here.
 *
 * One self-contained module: it imports only the webhook runtimes and the format
 * constants of the validation runtime, never the client or the other validators. A
 * receiver that passes its events to `createWebhookParser` ships only their shapes.
 */
import type { GeneratedFile } from "../core.js";
import { compareCodeUnits as compare } from "../json.js";
import type { ApiModel, WebhookEventModel } from "../model/types.js";
import { jsDoc, stringLiteral } from "./escape.js";
import { GENERATED_HEADER } from "./header.js";
import { TypePrinter } from "./types.js";
import { createShapePrinter } from "./webhook-shapes.js";

const VALIDATION = "./runtime/validation.js";
const SHAPES = "./runtime/webhook-shapes.js";
const RUNTIME = "./runtime/webhooks.js";

export function emitWebhooks(model: ApiModel): GeneratedFile[] {
  const webhooks = model.webhooks;
  if (!webhooks || webhooks.events.length === 0) return [];
  const events = [...webhooks.events].sort((a, b) => compare(a.typeName, b.typeName));
  const models = webhooks.models;
  const printer = new TypePrinter(undefined);

  const types: string[] = [];
  for (const m of models) {
    const doc = jsDoc([m.schema.description ?? `A shape several webhook events share (${m.name}).`, ...sourceLine(m.schema)]);
    types.push(
      doc +
        (m.schema.kind === "object"
          ? `export interface ${m.name} ${printer.objectBody(m.schema, "")}`
          : `export type ${m.name} = ${printer.print(m.schema)};`),
    );
  }
  for (const event of events) {
    types.push(
      eventDoc(event) +
        (event.schema.kind === "object"
          ? `export interface ${event.typeName} ${printer.objectBody(event.schema, "")}`
          : `export type ${event.typeName} = ${printer.print(event.schema)};`),
    );
  }
  const family = (scheme: WebhookEventModel["scheme"]) => events.filter((e) => e.scheme === scheme).map((e) => e.typeName);
  const legacy = family("legacy");
  const quo = family("standard-webhooks");
  types.push(
    "/** Events of legacy webhooks (made in the app or with /v1/webhooks), signed with `openphone-signature`. */",
    `export type LegacyWebhookEvent = ${legacy.length > 0 ? legacy.join(" | ") : "never"};`,
    "/** Events of the 2026-03-30 API (`data.resource`, `data.context`), signed the Standard Webhooks way. */",
    `export type QuoWebhookEvent = ${quo.length > 0 ? quo.join(" | ") : "never"};`,
    "/**",
    " * Every event this package knows, discriminated by `type`: a `switch (event.type)` narrows it.",
    ' * Legacy and 2026-03-30 events share type names; `"object" in event` tells a legacy one (its',
    ' * envelope has `object: "event"`) from a 2026-03-30 one.',
    " */",
    "export type WebhookEvent = LegacyWebhookEvent | QuoWebhookEvent;",
    "/** The `type` values of the known events. */",
    'export type WebhookEventType = WebhookEvent["type"];',
  );

  const shapes = createShapePrinter(models);
  const definitions = events.map((event) => {
    const name = definitionName(event.typeName);
    const shape = shapes.print(event.schema);
    const types = event.types.map(stringLiteral).join(", ");
    return [
      eventDoc(event),
      `export const ${name}: WebhookEventDefinition<${event.typeName}> = {`,
      `  scheme: ${event.scheme === "legacy" ? "legacyScheme" : "standardWebhooksScheme"},`,
      `  types: [${types}],`,
      `  shape: ${shape},`,
      "};",
    ].join("\n");
  });
  const names = events.map((e) => definitionName(e.typeName));
  const taken = new Set([...models.map((m) => m.name), ...events.map((e) => e.typeName), ...MODULE_NAMES]);
  const clash = names.find((name, index) => taken.has(name) || names.indexOf(name) !== index);
  // Event type names are PascalCase and end in "Event", so this cannot happen today; it guards the naming rule.
  if (clash !== undefined) throw new Error(`webhooks: the event definition ${clash} collides with another export of src/webhooks.ts.`);
  const formats = shapes.formats();

  const lines = [
    GENERATED_HEADER.trimEnd(),
    ...(formats.length > 0 ? [`import { ${formats.join(", ")} } from "${VALIDATION}";`] : []),
    `import type { Shape } from "${SHAPES}";`,
    `import { createWebhookParser, legacyScheme, type ParseWebhookOptions, standardWebhooksScheme, type UnknownWebhookEvent, type WebhookEventDefinition, type WebhookParser } from "${RUNTIME}";`,
    "",
    "export {",
    "  createWebhookParser,",
    "  legacyScheme,",
    "  type ParseWebhookOptions,",
    "  standardWebhooksScheme,",
    "  type UnknownWebhookEvent,",
    "  type VerifiedWebhook,",
    "  type VerifyWebhookOptions,",
    "  verifyWebhook,",
    "  type WebhookEventDefinition,",
    "  type WebhookEventOf,",
    "  WebhookError,",
    "  type WebhookErrorReason,",
    "  type WebhookHeaders,",
    "  type WebhookParser,",
    "  type WebhookParserOptions,",
    "  type WebhookDelivery,",
    "  type WebhookScheme,",
    "  type WebhookSchemeVerifier,",
    `} from "${RUNTIME}";`,
    "",
    ...types.flatMap((t) => [t, ""]),
    ...shapes.constants(),
    "",
    ...definitions.flatMap((d) => [d, ""]),
    "/** Every event this package knows (what `parseWebhook` checks against). */",
    `export const allWebhookEvents: ReadonlyArray<WebhookEventDefinition<WebhookEvent>> = [${names.join(", ")}];`,
    "",
    "let parseAll: WebhookParser<WebhookEvent> | undefined;",
    "",
    "/**",
    " * Verify a delivery (see `verifyWebhook`), parse its JSON and check it against its event's",
    " * contract, for every event this package knows. Throws a `WebhookError` (`reason` says why).",
    " * In the default compatible mode an event type this package does not know yet comes back as",
    ' * an `UnknownWebhookEvent` (`known: false`); `mode: "strict"` refuses it and any property the',
    " * contract lacks. A receiver that handles a few events ships less with `createWebhookParser`.",
    " */",
    "export function parseWebhook(options: ParseWebhookOptions): Promise<WebhookEvent | UnknownWebhookEvent> {",
    "  parseAll ??= createWebhookParser({ events: allWebhookEvents });",
    "  return parseAll(options);",
    "}",
    "",
    "/** True for the events this package knows (or a parser was given): then a `switch (event.type)` narrows exhaustively. */",
    "export function isKnownWebhookEvent<T extends WebhookEvent>(event: T | UnknownWebhookEvent): event is T {",
    '  return !("known" in event && event.known === false);',
    "}",
  ];
  return [{ path: "src/webhooks.ts", contents: `${lines.join("\n")}\n` }];
}

/** The value a receiver passes to `createWebhookParser`: the event's type name, first letter lower case. */
function definitionName(typeName: string): string {
  return typeName.charAt(0).toLowerCase() + typeName.slice(1);
}

/** Names this module declares besides the events' and models'. */
const MODULE_NAMES = [
  "allWebhookEvents",
  "createWebhookParser",
  "isKnownWebhookEvent",
  "legacyScheme",
  "parseAll",
  "parseWebhook",
  "standardWebhooksScheme",
  "verifyWebhook",
];

function eventDoc(event: WebhookEventModel): string {
  const quirk =
    event.types.length > 1 ? [`\`type\` is ${event.types.map((t) => `"${t}"`).join(" or ")} (the vendor's samples carry the second).`] : [];
  return jsDoc([
    `\`${event.types[0]}\`${event.scheme === "legacy" ? " (legacy webhooks)" : " (API 2026-03-30)"}${event.summary ? `: ${event.summary}` : ""}`,
    ...quirk,
    ...(event.source ? [`Source: ${event.source}.`] : []),
  ]);
}

function sourceLine(schema: { pointer: string }): string[] {
  return [`From ${schema.pointer}.`];
}
