import { type ParseWebhookOptions, type UnknownWebhookEvent, type WebhookEventDefinition } from "./runtime/webhooks.cjs";
export { createWebhookParser, legacyScheme, type ParseWebhookOptions, standardWebhooksScheme, type UnknownWebhookEvent, type VerifiedWebhook, type VerifyWebhookOptions, verifyWebhook, type WebhookEventDefinition, type WebhookEventOf, WebhookError, type WebhookErrorReason, type WebhookHeaders, type WebhookParser, type WebhookParserOptions, type WebhookDelivery, type WebhookScheme, type WebhookSchemeVerifier, } from "./runtime/webhooks.cjs";
/**
 * A shape several webhook events share (WebhookCall).
 * From #/components/schemas/WebhookCall.
 */
export interface WebhookCall {
    id: string;
    direction: "incoming" | "outgoing";
    status: "answered" | "unanswered" | "failed" | "forwarded" | "abandoned" | "ai-handled" | "unknown";
    createdAt: string;
    answeredAt?: string | null;
    completedAt?: string | null;
    updatedAt?: string;
    duration?: number | null;
    hasVoicemail?: boolean;
}
/**
 * A shape several webhook events share (WebhookCallContext).
 * From #/components/schemas/WebhookCallContext.
 */
export interface WebhookCallContext {
    orgId: string;
    phoneNumberId?: string | null;
    conversationId?: string | null;
    userId: string;
    phoneNumberType?: "shared" | "private" | "external" | null;
    contacts?: WebhookContacts;
    participants?: WebhookParticipants;
}
/**
 * A shape several webhook events share (WebhookContact).
 * From #/components/schemas/WebhookContact.
 */
export interface WebhookContact {
    id: string;
    firstName?: string | null;
    lastName?: string | null;
    company?: string | null;
    role?: string | null;
    location?: string | null;
    source?: string | null;
    externalId?: string | null;
    emails?: {
        value: string;
        type?: "email";
    }[];
    phoneNumbers?: {
        value: string;
        type?: "phone-number";
    }[];
    customFields?: {
        name?: string;
        key: string;
        id?: string;
        type?: string;
        value?: unknown;
    }[];
    createdAt?: string;
    updatedAt?: string;
}
/**
 * A shape several webhook events share (WebhookContactContext).
 * From #/components/schemas/WebhookContactContext.
 */
export interface WebhookContactContext {
    orgId: string;
    userId?: string;
    sharedWithIds?: string[];
}
/**
 * A shape several webhook events share (WebhookContacts).
 * From #/components/schemas/WebhookContacts.
 */
export interface WebhookContacts {
    ids: string[];
    lookupStatus: "matched" | "none" | "unavailable";
}
/**
 * A shape several webhook events share (WebhookLegacyCall).
 * From #/components/schemas/WebhookLegacyCall.
 */
export interface WebhookLegacyCall {
    id: `AC${string}`;
    object: "call";
    direction: "incoming" | "outgoing";
    status: "queued" | "initiated" | "ringing" | "in-progress" | "completed" | "busy" | "failed" | "no-answer" | "canceled" | "missed" | "answered" | "forwarded" | "abandoned";
    createdAt: string;
    updatedAt?: string | null;
    answeredAt?: string | null;
    completedAt?: string | null;
    answeredBy?: string | null;
    initiatedBy?: string | null;
    forwardedFrom?: string | null;
    forwardedTo?: string | null;
    /** Seconds. */
    duration?: number;
    phoneNumberId?: `PN${string}`;
    userId?: string | null;
    participants?: string[];
    contactIds?: string[];
    from?: string;
    to?: string;
    conversationId?: string;
    /** Recordings (call.recording.completed, app-era). */
    media?: {
        url: string;
        type?: string;
        duration?: number;
    }[];
    voicemail?: {
        url: string;
        type?: string;
        duration?: number;
    } | null;
}
/**
 * A shape several webhook events share (WebhookLegacyMessage).
 * From #/components/schemas/WebhookLegacyMessage.
 */
export interface WebhookLegacyMessage {
    id: `AC${string}`;
    object: "message";
    from: string;
    /** A list in v4 samples; a single number in app-era (v2/v3) deliveries. */
    to: string[] | string;
    direction: "incoming" | "outgoing";
    text?: string;
    /** App-era (v2/v3) deliveries carry the text here. */
    body?: string;
    media?: {
        url: string;
        type?: string;
    }[];
    status: "queued" | "sent" | "delivered" | "undelivered" | "received";
    createdAt: string;
    userId?: string | null;
    phoneNumberId?: `PN${string}`;
    conversationId?: string;
    contactIds?: string[];
}
/**
 * A shape several webhook events share (WebhookLegacySummary).
 * From #/components/schemas/WebhookLegacySummary.
 */
export interface WebhookLegacySummary {
    callId: `AC${string}`;
    object: "callSummary";
    status: "absent" | "in-progress" | "completed" | "failed";
    summary?: string[];
    nextSteps?: string[];
    contactIds?: string[];
}
/**
 * A shape several webhook events share (WebhookLegacyTranscript).
 * From #/components/schemas/WebhookLegacyTranscript.
 */
export interface WebhookLegacyTranscript {
    callId: `AC${string}`;
    object: "callTranscript";
    createdAt?: string;
    duration?: number;
    status: "absent" | "in-progress" | "completed" | "failed";
    dialogue?: {
        content: string;
        start: number;
        end: number;
        identifier?: string;
        userId?: string | null;
    }[];
    contactIds?: string[];
}
/**
 * A shape several webhook events share (WebhookMessage).
 * From #/components/schemas/WebhookMessage.
 */
export interface WebhookMessage {
    id: string;
    direction: "incoming" | "outgoing";
    text?: string;
    /** Absent on message.failed. */
    media?: {
        url: string;
        type?: string;
    }[];
    status: string;
    createdAt: string;
    /** failed/undelivered: the raw carrier code. */
    errorCode?: string | null;
}
/**
 * A shape several webhook events share (WebhookMessageContext).
 * From #/components/schemas/WebhookMessageContext.
 */
export interface WebhookMessageContext {
    orgId: string;
    phoneNumberId?: string | null;
    conversationId?: string | null;
    userId: string;
    contacts?: WebhookContacts;
    senderIdentifier?: string;
    recipientIdentifiers?: string[];
}
/**
 * A shape several webhook events share (WebhookParticipants).
 * From #/components/schemas/WebhookParticipants.
 */
export interface WebhookParticipants {
    workspace: string[];
    external: string[];
    resolution: "available" | "unavailable";
}
/**
 * `call.completed` (legacy webhooks): A call ended (a missed call too, possibly with a voicemail).
 * Source: V Q-LG, V Q-SUP; envelope V Q-LG.
 */
export interface CallCompletedEvent {
    id: `EV${string}`;
    object: "event";
    /** "v4" in the current samples; "v2"/"v3" in app-era deliveries. */
    apiVersion: string;
    createdAt: string;
    type: "call.completed";
    data: {
        object: WebhookLegacyCall;
    };
}
/**
 * `call.recording.completed` (legacy webhooks): A call's recording is ready.
 * Source: V Q-LG; app-era media C-PD; envelope V Q-LG.
 */
export interface CallRecordingCompletedEvent {
    id: `EV${string}`;
    object: "event";
    /** "v4" in the current samples; "v2"/"v3" in app-era deliveries. */
    apiVersion: string;
    createdAt: string;
    type: "call.recording.completed";
    data: {
        object: WebhookLegacyCall;
    };
}
/**
 * `call.ringing` (legacy webhooks): A call is ringing.
 * Source: V Q-LG; envelope V Q-LG.
 */
export interface CallRingingEvent {
    id: `EV${string}`;
    object: "event";
    /** "v4" in the current samples; "v2"/"v3" in app-era deliveries. */
    apiVersion: string;
    createdAt: string;
    type: "call.ringing";
    data: {
        object: WebhookLegacyCall;
    };
}
/**
 * `call.summary.completed` (legacy webhooks): A call's summary is ready.
 * `type` is "call.summary.completed" or "callSummary" (the vendor's samples carry the second).
 * Source: V Q-LG; envelope V Q-LG; type quirk V Q-LG.
 */
export interface CallSummaryCompletedEvent {
    id: `EV${string}`;
    object: "event";
    /** "v4" in the current samples; "v2"/"v3" in app-era deliveries. */
    apiVersion: string;
    createdAt: string;
    /** The vendor's sample carries "callSummary" rather than the subscription name; both are accepted. */
    type: "call.summary.completed" | "callSummary";
    data: {
        object: WebhookLegacySummary;
    };
}
/**
 * `call.transcript.completed` (legacy webhooks): A call's transcript is ready.
 * `type` is "call.transcript.completed" or "callTranscript" (the vendor's samples carry the second).
 * Source: V Q-LG; envelope V Q-LG; type quirk V Q-LG.
 */
export interface CallTranscriptCompletedEvent {
    id: `EV${string}`;
    object: "event";
    /** "v4" in the current samples; "v2"/"v3" in app-era deliveries. */
    apiVersion: string;
    createdAt: string;
    /** The vendor's sample carries "callTranscript" rather than the subscription name; both are accepted. */
    type: "call.transcript.completed" | "callTranscript";
    data: {
        object: WebhookLegacyTranscript;
    };
}
/**
 * `contact.deleted` (legacy webhooks): A contact was deleted (app webhooks only).
 * Source: V Q-SUP (event); payload undocumented; envelope V Q-LG.
 */
export interface ContactDeletedEvent {
    id: `EV${string}`;
    object: "event";
    /** "v4" in the current samples; "v2"/"v3" in app-era deliveries. */
    apiVersion: string;
    createdAt: string;
    type: "contact.deleted";
    data: {
        /** No payload shape is documented. */
        object: {
            [key: string]: unknown;
        };
    };
}
/**
 * `contact.updated` (legacy webhooks): A contact was created or updated (app webhooks only).
 * Source: V Q-SUP (event); payload undocumented; envelope V Q-LG.
 */
export interface ContactUpdatedEvent {
    id: `EV${string}`;
    object: "event";
    /** "v4" in the current samples; "v2"/"v3" in app-era deliveries. */
    apiVersion: string;
    createdAt: string;
    type: "contact.updated";
    data: {
        /** No payload shape is documented. */
        object: {
            [key: string]: unknown;
        };
    };
}
/**
 * `message.delivered` (legacy webhooks): A sent message was delivered.
 * Source: V Q-LG; envelope V Q-LG.
 */
export interface MessageDeliveredEvent {
    id: `EV${string}`;
    object: "event";
    /** "v4" in the current samples; "v2"/"v3" in app-era deliveries. */
    apiVersion: string;
    createdAt: string;
    type: "message.delivered";
    data: {
        object: WebhookLegacyMessage;
    };
}
/**
 * `message.received` (legacy webhooks): A message was received.
 * Source: V Q-LG; envelope V Q-LG.
 */
export interface MessageReceivedEvent {
    id: `EV${string}`;
    object: "event";
    /** "v4" in the current samples; "v2"/"v3" in app-era deliveries. */
    apiVersion: string;
    createdAt: string;
    type: "message.received";
    data: {
        object: WebhookLegacyMessage;
    };
}
/**
 * `call.answered` (API 2026-03-30): A call was answered (an outgoing call picked up by voicemail too).
 * Source: C-KB quoting V Q-EP; envelope V Q-OV.
 */
export interface QuoCallAnsweredEvent {
    /** The event id: the same across retries and endpoints (deduplicate on the webhook-id header instead). */
    id: `EV${string}`;
    apiVersion: "2026-03-30";
    /** When the event happened; the send time is the webhook-timestamp header. */
    createdAt: string;
    type: "call.answered";
    data: {
        resource: {
            id: string;
            direction?: string;
            createdAt: string;
            answeredAt?: string | null;
            answeredByUserId?: string | null;
            updatedAt?: string | null;
        };
        context: WebhookCallContext;
        links?: {
            quo: string | null;
        };
    };
}
/**
 * `call.completed` (API 2026-03-30): A call ended.
 * Source: C-KB quoting V Q-EP; envelope V Q-OV.
 */
export interface QuoCallCompletedEvent {
    /** The event id: the same across retries and endpoints (deduplicate on the webhook-id header instead). */
    id: `EV${string}`;
    apiVersion: "2026-03-30";
    /** When the event happened; the send time is the webhook-timestamp header. */
    createdAt: string;
    type: "call.completed";
    data: {
        resource: WebhookCall;
        context: WebhookCallContext;
        links?: {
            quo: string | null;
        };
    };
}
/**
 * `call.forwarded` (API 2026-03-30): A call was forwarded.
 * Source: C-KB quoting V Q-EP; envelope V Q-OV.
 */
export interface QuoCallForwardedEvent {
    /** The event id: the same across retries and endpoints (deduplicate on the webhook-id header instead). */
    id: `EV${string}`;
    apiVersion: "2026-03-30";
    /** When the event happened; the send time is the webhook-timestamp header. */
    createdAt: string;
    type: "call.forwarded";
    data: {
        resource: {
            id: string;
            createdAt: string;
            updatedAt?: string | null;
            forwardedFrom?: string;
            forwardedTo?: string;
        };
        context: WebhookCallContext;
        links?: {
            quo: string | null;
        };
    };
}
/**
 * `call.menu.selected` (API 2026-03-30): A caller chose an option of a phone menu.
 * Source: C-KB, C-HD (added 2026-07-15); envelope V Q-OV.
 */
export interface QuoCallMenuSelectedEvent {
    /** The event id: the same across retries and endpoints (deduplicate on the webhook-id header instead). */
    id: `EV${string}`;
    apiVersion: "2026-03-30";
    /** When the event happened; the send time is the webhook-timestamp header. */
    createdAt: string;
    type: "call.menu.selected";
    data: {
        resource: {
            id: string;
            createdAt: string;
            updatedAt?: string | null;
            phoneMenuSelection?: string | null;
            phoneMenuSelectionName?: string | null;
            statusReason?: string | null;
        };
        context: WebhookCallContext;
        links?: {
            quo: string | null;
        };
    };
}
/**
 * `call.missed` (API 2026-03-30): An incoming call was missed.
 * Source: C-KB quoting V Q-EP (incoming only); envelope V Q-OV.
 */
export interface QuoCallMissedEvent {
    /** The event id: the same across retries and endpoints (deduplicate on the webhook-id header instead). */
    id: `EV${string}`;
    apiVersion: "2026-03-30";
    /** When the event happened; the send time is the webhook-timestamp header. */
    createdAt: string;
    type: "call.missed";
    data: {
        resource: {
            id: string;
            createdAt: string;
            updatedAt?: string;
        };
        context: WebhookCallContext;
        links?: {
            quo: string | null;
        };
    };
}
/**
 * `call.recording.completed` (API 2026-03-30): A call's recording is ready.
 * Source: C-KB quoting V Q-EP; envelope V Q-OV.
 */
export interface QuoCallRecordingCompletedEvent {
    /** The event id: the same across retries and endpoints (deduplicate on the webhook-id header instead). */
    id: `EV${string}`;
    apiVersion: "2026-03-30";
    /** When the event happened; the send time is the webhook-timestamp header. */
    createdAt: string;
    type: "call.recording.completed";
    data: {
        resource: {
            id: string;
            direction?: "incoming" | "outgoing";
            createdAt: string;
            answeredAt?: string | null;
            completedAt?: string | null;
            updatedAt?: string;
            duration?: number | null;
            recordings: {
                id?: string | null;
                duration?: number | null;
                startTime?: string | null;
                type?: string | null;
                url?: string | null;
            }[];
        };
        context: WebhookCallContext;
        links?: {
            quo: string | null;
        };
    };
}
/**
 * `call.ringing` (API 2026-03-30): A call is ringing (both directions).
 * Source: V Q-EP (event); shape C-KB; envelope V Q-OV.
 */
export interface QuoCallRingingEvent {
    /** The event id: the same across retries and endpoints (deduplicate on the webhook-id header instead). */
    id: `EV${string}`;
    apiVersion: "2026-03-30";
    /** When the event happened; the send time is the webhook-timestamp header. */
    createdAt: string;
    type: "call.ringing";
    data: {
        resource: {
            id: string;
            direction?: "incoming" | "outgoing";
            createdAt: string;
            updatedAt?: string | null;
        };
        context: {
            orgId: string;
            phoneNumberId?: string | null;
            conversationId?: string | null;
            userId: string;
            participants?: WebhookParticipants;
        };
        links?: {
            quo: string | null;
        };
    };
}
/**
 * `call.summary.completed` (API 2026-03-30): A call's summary is ready.
 * Source: C-KB quoting V Q-EP; envelope V Q-OV.
 */
export interface QuoCallSummaryCompletedEvent {
    /** The event id: the same across retries and endpoints (deduplicate on the webhook-id header instead). */
    id: `EV${string}`;
    apiVersion: "2026-03-30";
    /** When the event happened; the send time is the webhook-timestamp header. */
    createdAt: string;
    type: "call.summary.completed";
    data: {
        resource: {
            callId: string;
            processingStatus: "absent" | "in-progress" | "completed" | "failed";
            summary?: string[] | null;
            nextSteps?: string[] | null;
            fromPhoneNumber?: string | null;
            handledByAiAgent?: boolean;
            answeredByUserId?: string | null;
            jobs?: {
                icon?: string;
                name: string;
                result: {
                    data: {
                        name: string;
                        value: string | number | boolean;
                    }[];
                };
            }[];
        };
        context: WebhookCallContext;
        links?: {
            quo: string | null;
        };
    };
}
/**
 * `call.transcript.completed` (API 2026-03-30): A call's transcript is ready.
 * Source: C-KB quoting V Q-EP; envelope V Q-OV.
 */
export interface QuoCallTranscriptCompletedEvent {
    /** The event id: the same across retries and endpoints (deduplicate on the webhook-id header instead). */
    id: `EV${string}`;
    apiVersion: "2026-03-30";
    /** When the event happened; the send time is the webhook-timestamp header. */
    createdAt: string;
    type: "call.transcript.completed";
    data: {
        resource: {
            callId: string;
            createdAt?: string;
            duration?: number;
            processingStatus: string;
            dialogue?: {
                userId?: string | null;
                identifier?: string | null;
                content: string;
                start: number;
                end: number;
            }[] | null;
        };
        context: WebhookCallContext;
        links?: {
            quo: string | null;
        };
    };
}
/**
 * `call.voicemail.completed` (API 2026-03-30): A voicemail is ready.
 * Source: C-KB quoting V Q-EP; envelope V Q-OV.
 */
export interface QuoCallVoicemailCompletedEvent {
    /** The event id: the same across retries and endpoints (deduplicate on the webhook-id header instead). */
    id: `EV${string}`;
    apiVersion: "2026-03-30";
    /** When the event happened; the send time is the webhook-timestamp header. */
    createdAt: string;
    type: "call.voicemail.completed";
    data: {
        resource: {
            id: string;
            voicemailId?: string | null;
            callId?: string | null;
            direction?: string;
            duration?: number;
            from?: string;
            to?: string;
            transcript?: string | null;
            recordingUrl?: string | null;
            createdAt: string;
            updatedAt?: string;
        };
        context: WebhookCallContext;
        links?: {
            quo: string | null;
        };
    };
}
/**
 * `contact.deleted` (API 2026-03-30): A contact was deleted (workspace-wide).
 * Source: C-KB, C-HD (workspace-wide); envelope V Q-OV.
 */
export interface QuoContactDeletedEvent {
    /** The event id: the same across retries and endpoints (deduplicate on the webhook-id header instead). */
    id: `EV${string}`;
    apiVersion: "2026-03-30";
    /** When the event happened; the send time is the webhook-timestamp header. */
    createdAt: string;
    type: "contact.deleted";
    data: {
        resource: WebhookContact;
        context: WebhookContactContext;
        links?: {
            quo: string | null;
        };
    };
}
/**
 * `contact.updated` (API 2026-03-30): A contact was created or updated (workspace-wide).
 * Source: C-KB, C-HD (workspace-wide); envelope V Q-OV.
 */
export interface QuoContactUpdatedEvent {
    /** The event id: the same across retries and endpoints (deduplicate on the webhook-id header instead). */
    id: `EV${string}`;
    apiVersion: "2026-03-30";
    /** When the event happened; the send time is the webhook-timestamp header. */
    createdAt: string;
    type: "contact.updated";
    data: {
        resource: WebhookContact;
        context: WebhookContactContext;
        links?: {
            quo: string | null;
        };
    };
}
/**
 * `message.delivered` (API 2026-03-30): A sent message was delivered (not a read receipt).
 * Source: C-KB quoting V Q-EP (not a read receipt); envelope V Q-OV.
 */
export interface QuoMessageDeliveredEvent {
    /** The event id: the same across retries and endpoints (deduplicate on the webhook-id header instead). */
    id: `EV${string}`;
    apiVersion: "2026-03-30";
    /** When the event happened; the send time is the webhook-timestamp header. */
    createdAt: string;
    type: "message.delivered";
    data: {
        resource: WebhookMessage;
        context: WebhookMessageContext;
        links?: {
            quo: string | null;
        };
    };
}
/**
 * `message.failed` (API 2026-03-30): A message could not be sent.
 * Source: C-KB quoting V Q-EP; envelope V Q-OV.
 */
export interface QuoMessageFailedEvent {
    /** The event id: the same across retries and endpoints (deduplicate on the webhook-id header instead). */
    id: `EV${string}`;
    apiVersion: "2026-03-30";
    /** When the event happened; the send time is the webhook-timestamp header. */
    createdAt: string;
    type: "message.failed";
    data: {
        resource: WebhookMessage;
        context: WebhookMessageContext;
        links?: {
            quo: string | null;
        };
    };
}
/**
 * `message.received` (API 2026-03-30): A message was received.
 * Source: C-KB quoting V Q-EP; envelope V Q-OV.
 */
export interface QuoMessageReceivedEvent {
    /** The event id: the same across retries and endpoints (deduplicate on the webhook-id header instead). */
    id: `EV${string}`;
    apiVersion: "2026-03-30";
    /** When the event happened; the send time is the webhook-timestamp header. */
    createdAt: string;
    type: "message.received";
    data: {
        resource: WebhookMessage;
        context: WebhookMessageContext;
        links?: {
            quo: string | null;
        };
    };
}
/**
 * `message.undelivered` (API 2026-03-30): A sent message was not delivered by the carrier.
 * Source: C-KB, C-HD (added 2026-08-25); envelope V Q-OV.
 */
export interface QuoMessageUndeliveredEvent {
    /** The event id: the same across retries and endpoints (deduplicate on the webhook-id header instead). */
    id: `EV${string}`;
    apiVersion: "2026-03-30";
    /** When the event happened; the send time is the webhook-timestamp header. */
    createdAt: string;
    type: "message.undelivered";
    data: {
        resource: WebhookMessage;
        context: WebhookMessageContext;
        links?: {
            quo: string | null;
        };
    };
}
/** Events of legacy webhooks (made in the app or with /v1/webhooks), signed with `openphone-signature`. */
export type LegacyWebhookEvent = CallCompletedEvent | CallRecordingCompletedEvent | CallRingingEvent | CallSummaryCompletedEvent | CallTranscriptCompletedEvent | ContactDeletedEvent | ContactUpdatedEvent | MessageDeliveredEvent | MessageReceivedEvent;
/** Events of the 2026-03-30 API (`data.resource`, `data.context`), signed the Standard Webhooks way. */
export type QuoWebhookEvent = QuoCallAnsweredEvent | QuoCallCompletedEvent | QuoCallForwardedEvent | QuoCallMenuSelectedEvent | QuoCallMissedEvent | QuoCallRecordingCompletedEvent | QuoCallRingingEvent | QuoCallSummaryCompletedEvent | QuoCallTranscriptCompletedEvent | QuoCallVoicemailCompletedEvent | QuoContactDeletedEvent | QuoContactUpdatedEvent | QuoMessageDeliveredEvent | QuoMessageFailedEvent | QuoMessageReceivedEvent | QuoMessageUndeliveredEvent;
/**

 * Every event this package knows, discriminated by `type`: a `switch (event.type)` narrows it.

 * Legacy and 2026-03-30 events share type names; `"object" in event` tells a legacy one (its

 * envelope has `object: "event"`) from a 2026-03-30 one.

 */
export type WebhookEvent = LegacyWebhookEvent | QuoWebhookEvent;
/** The `type` values of the known events. */
export type WebhookEventType = WebhookEvent["type"];
/**
 * `call.completed` (legacy webhooks): A call ended (a missed call too, possibly with a voicemail).
 * Source: V Q-LG, V Q-SUP; envelope V Q-LG.
 */
export declare const callCompletedEvent: WebhookEventDefinition<CallCompletedEvent>;
/**
 * `call.recording.completed` (legacy webhooks): A call's recording is ready.
 * Source: V Q-LG; app-era media C-PD; envelope V Q-LG.
 */
export declare const callRecordingCompletedEvent: WebhookEventDefinition<CallRecordingCompletedEvent>;
/**
 * `call.ringing` (legacy webhooks): A call is ringing.
 * Source: V Q-LG; envelope V Q-LG.
 */
export declare const callRingingEvent: WebhookEventDefinition<CallRingingEvent>;
/**
 * `call.summary.completed` (legacy webhooks): A call's summary is ready.
 * `type` is "call.summary.completed" or "callSummary" (the vendor's samples carry the second).
 * Source: V Q-LG; envelope V Q-LG; type quirk V Q-LG.
 */
export declare const callSummaryCompletedEvent: WebhookEventDefinition<CallSummaryCompletedEvent>;
/**
 * `call.transcript.completed` (legacy webhooks): A call's transcript is ready.
 * `type` is "call.transcript.completed" or "callTranscript" (the vendor's samples carry the second).
 * Source: V Q-LG; envelope V Q-LG; type quirk V Q-LG.
 */
export declare const callTranscriptCompletedEvent: WebhookEventDefinition<CallTranscriptCompletedEvent>;
/**
 * `contact.deleted` (legacy webhooks): A contact was deleted (app webhooks only).
 * Source: V Q-SUP (event); payload undocumented; envelope V Q-LG.
 */
export declare const contactDeletedEvent: WebhookEventDefinition<ContactDeletedEvent>;
/**
 * `contact.updated` (legacy webhooks): A contact was created or updated (app webhooks only).
 * Source: V Q-SUP (event); payload undocumented; envelope V Q-LG.
 */
export declare const contactUpdatedEvent: WebhookEventDefinition<ContactUpdatedEvent>;
/**
 * `message.delivered` (legacy webhooks): A sent message was delivered.
 * Source: V Q-LG; envelope V Q-LG.
 */
export declare const messageDeliveredEvent: WebhookEventDefinition<MessageDeliveredEvent>;
/**
 * `message.received` (legacy webhooks): A message was received.
 * Source: V Q-LG; envelope V Q-LG.
 */
export declare const messageReceivedEvent: WebhookEventDefinition<MessageReceivedEvent>;
/**
 * `call.answered` (API 2026-03-30): A call was answered (an outgoing call picked up by voicemail too).
 * Source: C-KB quoting V Q-EP; envelope V Q-OV.
 */
export declare const quoCallAnsweredEvent: WebhookEventDefinition<QuoCallAnsweredEvent>;
/**
 * `call.completed` (API 2026-03-30): A call ended.
 * Source: C-KB quoting V Q-EP; envelope V Q-OV.
 */
export declare const quoCallCompletedEvent: WebhookEventDefinition<QuoCallCompletedEvent>;
/**
 * `call.forwarded` (API 2026-03-30): A call was forwarded.
 * Source: C-KB quoting V Q-EP; envelope V Q-OV.
 */
export declare const quoCallForwardedEvent: WebhookEventDefinition<QuoCallForwardedEvent>;
/**
 * `call.menu.selected` (API 2026-03-30): A caller chose an option of a phone menu.
 * Source: C-KB, C-HD (added 2026-07-15); envelope V Q-OV.
 */
export declare const quoCallMenuSelectedEvent: WebhookEventDefinition<QuoCallMenuSelectedEvent>;
/**
 * `call.missed` (API 2026-03-30): An incoming call was missed.
 * Source: C-KB quoting V Q-EP (incoming only); envelope V Q-OV.
 */
export declare const quoCallMissedEvent: WebhookEventDefinition<QuoCallMissedEvent>;
/**
 * `call.recording.completed` (API 2026-03-30): A call's recording is ready.
 * Source: C-KB quoting V Q-EP; envelope V Q-OV.
 */
export declare const quoCallRecordingCompletedEvent: WebhookEventDefinition<QuoCallRecordingCompletedEvent>;
/**
 * `call.ringing` (API 2026-03-30): A call is ringing (both directions).
 * Source: V Q-EP (event); shape C-KB; envelope V Q-OV.
 */
export declare const quoCallRingingEvent: WebhookEventDefinition<QuoCallRingingEvent>;
/**
 * `call.summary.completed` (API 2026-03-30): A call's summary is ready.
 * Source: C-KB quoting V Q-EP; envelope V Q-OV.
 */
export declare const quoCallSummaryCompletedEvent: WebhookEventDefinition<QuoCallSummaryCompletedEvent>;
/**
 * `call.transcript.completed` (API 2026-03-30): A call's transcript is ready.
 * Source: C-KB quoting V Q-EP; envelope V Q-OV.
 */
export declare const quoCallTranscriptCompletedEvent: WebhookEventDefinition<QuoCallTranscriptCompletedEvent>;
/**
 * `call.voicemail.completed` (API 2026-03-30): A voicemail is ready.
 * Source: C-KB quoting V Q-EP; envelope V Q-OV.
 */
export declare const quoCallVoicemailCompletedEvent: WebhookEventDefinition<QuoCallVoicemailCompletedEvent>;
/**
 * `contact.deleted` (API 2026-03-30): A contact was deleted (workspace-wide).
 * Source: C-KB, C-HD (workspace-wide); envelope V Q-OV.
 */
export declare const quoContactDeletedEvent: WebhookEventDefinition<QuoContactDeletedEvent>;
/**
 * `contact.updated` (API 2026-03-30): A contact was created or updated (workspace-wide).
 * Source: C-KB, C-HD (workspace-wide); envelope V Q-OV.
 */
export declare const quoContactUpdatedEvent: WebhookEventDefinition<QuoContactUpdatedEvent>;
/**
 * `message.delivered` (API 2026-03-30): A sent message was delivered (not a read receipt).
 * Source: C-KB quoting V Q-EP (not a read receipt); envelope V Q-OV.
 */
export declare const quoMessageDeliveredEvent: WebhookEventDefinition<QuoMessageDeliveredEvent>;
/**
 * `message.failed` (API 2026-03-30): A message could not be sent.
 * Source: C-KB quoting V Q-EP; envelope V Q-OV.
 */
export declare const quoMessageFailedEvent: WebhookEventDefinition<QuoMessageFailedEvent>;
/**
 * `message.received` (API 2026-03-30): A message was received.
 * Source: C-KB quoting V Q-EP; envelope V Q-OV.
 */
export declare const quoMessageReceivedEvent: WebhookEventDefinition<QuoMessageReceivedEvent>;
/**
 * `message.undelivered` (API 2026-03-30): A sent message was not delivered by the carrier.
 * Source: C-KB, C-HD (added 2026-08-25); envelope V Q-OV.
 */
export declare const quoMessageUndeliveredEvent: WebhookEventDefinition<QuoMessageUndeliveredEvent>;
/** Every event this package knows (what `parseWebhook` checks against). */
export declare const allWebhookEvents: ReadonlyArray<WebhookEventDefinition<WebhookEvent>>;
/**
 * Verify a delivery (see `verifyWebhook`), parse its JSON and check it against its event's
 * contract, for every event this package knows. Throws a `WebhookError` (`reason` says why).
 * In the default compatible mode an event type this package does not know yet comes back as
 * an `UnknownWebhookEvent` (`known: false`); `mode: "strict"` refuses it and any property the
 * contract lacks. A receiver that handles a few events ships less with `createWebhookParser`.
 */
export declare function parseWebhook(options: ParseWebhookOptions): Promise<WebhookEvent | UnknownWebhookEvent>;
/** True for the events this package knows (or a parser was given): then a `switch (event.type)` narrows exhaustively. */
export declare function isKnownWebhookEvent<T extends WebhookEvent>(event: T | UnknownWebhookEvent): event is T;
