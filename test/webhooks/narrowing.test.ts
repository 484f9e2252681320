/**
 * Type-level: a `switch` on `type` narrows the WebhookEvent union exhaustively, with no
 * `instanceof`. `npx tsc -p tsconfig.json` checks this file: if an event type is added to
 * the union and not handled, the `never` assignment stops compiling; the @ts-expect-error
 * lines stop compiling if narrowing stops removing members.
 */
import { describe, expect, it } from "vitest";
import {
  callCompletedEvent,
  createWebhookParser,
  isKnownWebhookEvent,
  type QuoWebhookEvent,
  quoMessageReceivedEvent,
  type UnknownWebhookEvent,
  type WebhookEvent,
  type WebhookEventType,
} from "../../generated/src/webhooks.js";

function summarize(event: WebhookEvent): string {
  switch (event.type) {
    case "message.received":
    case "message.delivered":
      // Both envelopes share these names: the legacy one has a top-level `object`.
      if ("object" in event) return `legacy message from ${event.data.object.from}`;
      return `message ${event.data.resource.id} (${event.data.context.orgId})`;
    case "message.failed":
    case "message.undelivered":
      // @ts-expect-error only the 2026-03-30 API sends these: there is no legacy `data.object`
      event.data.object;
      return `message ${event.data.resource.errorCode ?? "?"}`;
    case "call.ringing":
    case "call.completed":
    case "call.recording.completed":
      return "object" in event ? `legacy call ${event.data.object.status}` : `call ${event.data.resource.id}`;
    case "call.summary.completed":
    case "callSummary":
      return "object" in event ? `summary ${event.data.object.status}` : `summary ${event.data.resource.processingStatus}`;
    case "call.transcript.completed":
    case "callTranscript":
      return "object" in event ? `transcript ${event.data.object.callId}` : `transcript ${event.data.resource.callId}`;
    case "call.answered":
      return `answered by ${event.data.resource.answeredByUserId ?? "nobody"}`;
    case "call.forwarded":
      return `forwarded to ${event.data.resource.forwardedTo}`;
    case "call.missed":
      return `missed ${event.data.resource.id}`;
    case "call.menu.selected":
      return `menu ${event.data.resource.phoneMenuSelection ?? ""}`;
    case "call.voicemail.completed":
      return `voicemail ${event.data.resource.transcript ?? ""}`;
    case "contact.updated":
    case "contact.deleted":
      return "object" in event ? "legacy contact" : `contact ${event.data.resource.id}`;
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

function handle(event: WebhookEvent | UnknownWebhookEvent): string {
  if (!isKnownWebhookEvent(event)) return `unknown ${event.type}`;
  return summarize(event);
}

// A parser's result is the union of the events it was given (plus unknown ones), narrowed by `type`.
const picked = createWebhookParser({ events: [callCompletedEvent, quoMessageReceivedEvent] });
function handlePicked(event: Awaited<ReturnType<typeof picked>>): string {
  if (!isKnownWebhookEvent(event)) return `unknown ${event.type}`;
  switch (event.type) {
    case "call.completed":
      return `legacy call ${event.data.object.status}`;
    case "message.received":
      return `message ${event.data.resource.id}`;
    // @ts-expect-error not one of the events given to the parser
    case "contact.updated":
      return "never";
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

// The `type` of a 2026-03-30 event is a literal, not a string.
const quoType: QuoWebhookEvent["type"] = "call.missed";
// @ts-expect-error not an event type
const notAType: WebhookEventType = "message.sent";

describe("WebhookEvent narrowing (checked by tsc; run here for the values)", () => {
  it("handles a known event of each family and an unknown one", () => {
    const legacy = {
      id: "EV1",
      object: "event",
      apiVersion: "v4",
      createdAt: "2026-01-01T00:00:00Z",
      type: "message.received",
      data: {
        object: { id: "AC1", object: "message", from: "+1555", to: ["+1666"], direction: "incoming", status: "received", createdAt: "x" },
      },
    } as const satisfies WebhookEvent;
    expect(handle(legacy)).toBe("legacy message from +1555");
    const unknown: UnknownWebhookEvent = { type: "task.created" as UnknownWebhookEvent["type"], known: false };
    expect(handle(unknown)).toBe("unknown task.created");
    expect([quoType, notAType]).toHaveLength(2);
    expect(handlePicked(unknown)).toBe("unknown task.created");
  });
});
