import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadNameOverrides } from "../../generator/correction-files.js";
import { InputError } from "../../generator/errors.js";
import { buildApiModel } from "../../generator/model/build.js";
import { operationNames, resourceName, singular, structuralKey } from "../../generator/model/names.js";
import { loadSpec } from "./spec.js";

const SPEC_OLD = path.resolve(process.cwd(), "test/fixtures/upstream/openphone-v1.2025-06-16.json");
const SPEC_NEW = path.resolve(process.cwd(), "test/fixtures/upstream/openphone-v1.2025-12-15.json");

describe("operation and resource names", () => {
  it.each([
    ["sendMessage_v1", "sendMessage", "SendMessage", "Message"],
    ["getCallRecordings_v1", "getCallRecordings", "GetCallRecordings", "CallRecording"],
    ["getCallSummary_v1", "getCallSummary", "GetCallSummary", "CallSummary"],
    ["getContactCustomFields_v1", "getContactCustomFields", "GetContactCustomFields", "ContactCustomField"],
    ["updateContactById_v1", "updateContactById", "UpdateContactById", "Contact"],
    ["listPhoneNumbers_v1", "listPhoneNumbers", "ListPhoneNumbers", "PhoneNumber"],
    ["createCallSummaryWebhook_v2", "createCallSummaryWebhook", "CreateCallSummaryWebhook", "CallSummaryWebhook"],
    ["list-users", "listUsers", "ListUsers", "User"],
  ])("%s", (id, fn, type, resource) => {
    expect(operationNames(id)).toEqual({ functionName: fn, typeName: type });
    expect(resourceName(type)).toBe(resource);
  });
  it.each([
    ["class", "classOperation", "ClassOperation"],
    ["delete_v1", "deleteOperation", "DeleteOperation"],
    ["request", "requestOperation", "RequestOperation"],
    ["safe_v2", "safeOperation", "SafeOperation"],
    ["create-client", "createClientOperation", "CreateClientOperation"],
    ["core", "coreOperation", "CoreOperation"],
    ["constants_v1", "constantsOperation", "ConstantsOperation"],
    ["api", "apiOperation", "ApiOperation"],
    ["rate-limit", "rateLimitOperation", "RateLimitOperation"],
    ["deleteContact_v1", "deleteContact", "DeleteContact"],
  ])("reserved or taken function names get a suffix: %s", (id, fn, type) => {
    expect(operationNames(id)).toEqual({ functionName: fn, typeName: type });
  });
  it.each([
    ["Summaries", "Summary"],
    ["Calls", "Call"],
    ["Status", "Status"],
    ["Addresses", "Address"],
  ])("singular(%s) = %s", (word, want) => expect(singular(word)).toBe(want));
});

describe("naming stability across the two real copies", () => {
  const a = buildApiModel(loadSpec(SPEC_OLD));
  const b = buildApiModel(loadSpec(SPEC_NEW));

  it("keeps the name of every model whose shape is in both", () => {
    const byKey = new Map(b.models.map((m) => [structuralKey(m.schema), m.name]));
    const shared = a.models.filter((m) => byKey.has(structuralKey(m.schema)));
    expect(shared.length).toBeGreaterThan(10);
    for (const m of shared) expect(byKey.get(structuralKey(m.schema)), m.name).toBe(m.name);
  });

  it("keeps the resource names of operations present in both", () => {
    for (const name of [
      "Message",
      "Call",
      "Contact",
      "PhoneNumber",
      "Webhook",
      "CallSummary",
      "CallTranscript",
      "CallRecording",
      "ContactCustomField",
    ]) {
      expect(b.models.map((m) => m.name)).toContain(name);
    }
  });
});

describe("overrides", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "names-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("missing file -> no overrides", () => {
    expect(loadNameOverrides(path.join(dir, "absent.json"))).toEqual({});
  });

  it.each([
    ["{not json", /not valid JSON/],
    ['{"rename": []}', /"rename" is not an object/],
    ['{"renames": {}}', /key "renames" is not known/],
    ['{"rename": {"Call": "lower"}}', /"rename"."Call" is "lower", not a valid type name/],
  ])("malformed %s -> clear error naming the file", (text, message) => {
    const file = path.join(dir, "openphone.names.json");
    writeFileSync(file, text);
    expect(() => loadNameOverrides(file)).toThrow(message);
    expect(() => loadNameOverrides(file)).toThrow(file);
  });

  it("rename, pin and idAliases change the model", () => {
    const file = path.join(dir, "ok.json");
    writeFileSync(file, JSON.stringify({ rename: { CallRecording: "Recording" }, idAliases: { AC: "ActivityId" } }));
    const m = buildApiModel(loadSpec(SPEC_OLD), loadNameOverrides(file));
    const names = m.models.map((x) => x.name);
    expect(names).toContain("Recording");
    expect(names).not.toContain("CallRecording");
    expect(m.idAliases).toContainEqual({ name: "ActivityId", prefix: "AC" });
    const pointer = m.models.find((x) => x.name === "Recording")?.occurrences[0] ?? "";
    const pinned = buildApiModel(loadSpec(SPEC_OLD), { pin: { [pointer]: "PinnedRecording" } });
    expect(pinned.models.map((x) => x.name)).toContain("PinnedRecording");
  });

  it("refuses a rename that makes two shapes share a name, as bad input (exit 2)", () => {
    expect(() => buildApiModel(loadSpec(SPEC_OLD), { rename: { CallRecording: "Call" } })).toThrow(InputError);
    expect(() => buildApiModel(loadSpec(SPEC_OLD), { rename: { CallRecording: "Call" } })).toThrow(
      /two different shapes would both be named "Call"/,
    );
  });
});
