/**
 * `src/webhooks.ts`, the `openphone-api/webhooks` entry point: the event types
 * (one per webhook in the model, a `WebhookEvent` union discriminated by `type`),
 * their checks, and `parseWebhook` wired to them. Verification itself is the
 * hand-written runtime (templates/runtime/webhooks.ts), re-exported here.
 *
 * One self-contained module: it imports only the validation and webhook
 * runtimes, never the client or the other validators, so a receiver's bundle
 * carries the checks of the events and nothing else.
 */
import type { GeneratedFile } from "../core.js";
import { compareCodeUnits as compare } from "../json.js";
import type { ApiModel, WebhookEventModel } from "../model/types.js";
import { jsDoc, stringLiteral } from "./escape.js";
import { GENERATED_HEADER } from "./header.js";
import { TypePrinter } from "./types.js";
import { printCheckFunction } from "./validators/checks.js";
import { createModuleContext, createSharedConstants, printSharedConstants } from "./validators/context.js";

const VALIDATION = "./runtime/validation.js";
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

  const shared = createSharedConstants();
  const cx = createModuleContext(models, true, shared);
  const checks = [
    ...models.map((m) => printCheckFunction(`check${m.name}`, m.schema, cx, { exported: false, allowUndefined: false })),
    ...events.map((e) => printCheckFunction(`check${e.typeName}`, e.schema, cx, { exported: false, allowUndefined: false })),
  ];
  const table = (scheme: WebhookEventModel["scheme"]): string => {
    const rows = events
      .filter((e) => e.scheme === scheme)
      .flatMap((e) => e.types.map((type) => [type, `check${e.typeName}`] as const))
      .sort((a, b) => compare(a[0], b[0]));
    return `  ${stringLiteral(scheme)}: {\n${rows.map(([type, check]) => `    ${stringLiteral(type)}: ${check},`).join("\n")}\n  },`;
  };
  const constants = localConstants(printSharedConstants(shared, VALIDATION));
  const validationValues = [...new Set([...cx.runtime, ...shared.runtime])].sort(compare);
  const validationTypes = ["Ctx", ...(shared.rules.size > 0 ? ["Rule"] : [])];

  const lines = [
    GENERATED_HEADER.trimEnd(),
    `import type { ${validationTypes.join(", ")} } from "${VALIDATION}";`,
    ...(validationValues.length > 0 ? [`import { ${validationValues.join(", ")} } from "${VALIDATION}";`] : []),
    `import { type ParseWebhookOptions, parseWithChecks, type UnknownWebhookEvent, type WebhookChecks } from "${RUNTIME}";`,
    "",
    "export {",
    "  type ParseWebhookOptions,",
    "  type UnknownWebhookEvent,",
    "  type VerifiedWebhook,",
    "  type VerifyWebhookOptions,",
    "  verifyWebhook,",
    "  WebhookError,",
    "  type WebhookErrorReason,",
    "  type WebhookHeaders,",
    "  type WebhookScheme,",
    `} from "${RUNTIME}";`,
    "",
    ...types.flatMap((t) => [t, ""]),
    ...(constants.length > 0 ? [...constants, ""] : []),
    ...cx.helpers.flatMap((h) => [h, ""]),
    ...checks.flatMap((c) => [c, ""]),
    "/** The check of each known event by signature scheme and `type` (quirky `type` values included). */",
    "const CHECKS: WebhookChecks = {",
    table("legacy"),
    table("standard-webhooks"),
    "};",
    "",
    "/**",
    " * Verify a delivery (see `verifyWebhook`), parse its JSON and check it against its event's",
    " * contract. Throws a `WebhookError` (`reason` says why). In the default compatible mode an",
    " * event type this package does not know yet comes back as an `UnknownWebhookEvent`",
    ' * (`known: false`); `mode: "strict"` refuses it and any property the contract lacks.',
    " */",
    "export function parseWebhook(options: ParseWebhookOptions): Promise<WebhookEvent | UnknownWebhookEvent> {",
    "  return parseWithChecks<WebhookEvent>(options, CHECKS);",
    "}",
    "",
    "/** True for the events this package knows: then a `switch (event.type)` narrows exhaustively. */",
    "export function isKnownWebhookEvent(event: WebhookEvent | UnknownWebhookEvent): event is WebhookEvent {",
    '  return !("known" in event && event.known === false);',
    "}",
  ];
  return [{ path: "src/webhooks.ts", contents: `${lines.join("\n")}\n` }];
}

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

/**
 * The shared-constant block of a validator module, made local to this one: its imports are
 * dropped (this module imports what they use) and its exports become plain constants.
 */
function localConstants(text: string): string[] {
  const lines = text.split("\n").filter((line) => !line.startsWith("import ") && line !== "" && line !== "export {};");
  return lines.map((line) => (line.startsWith("export const ") ? line.slice("export ".length) : line));
}
