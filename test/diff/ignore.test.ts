import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { applyIgnores, type Change, loadIgnoreFile } from "../../generator/diff/index.js";

const dir = mkdtempSync(path.join(tmpdir(), "diff-ignore-"));
function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

const removed: Change = {
  id: "operation-removed",
  severity: "breaking",
  direction: "both",
  operationId: "listContacts_v1",
  method: "GET",
  path: "/v1/contacts",
  location: "/paths/~1v1~1contacts/get",
  before: "listContacts_v1",
  after: undefined,
  message: "GET /v1/contacts removed",
};
const other: Change = {
  ...removed,
  path: "/v1/conversations",
  location: "/paths/~1v1~1conversations/get",
  operationId: "listConversations_v1",
};

describe("loadIgnoreFile", () => {
  it("returns [] when the file does not exist", () => {
    expect(loadIgnoreFile(path.join(dir, "missing.json"))).toEqual([]);
  });

  it("reads entries", () => {
    const p = file(
      "ok.json",
      JSON.stringify([{ id: "operation-removed", location: "/paths/~1v1~1contacts/get", reason: "replaced by search", method: "get" }]),
    );
    expect(loadIgnoreFile(p)).toEqual([
      { id: "operation-removed", location: "/paths/~1v1~1contacts/get", reason: "replaced by search", method: "GET" },
    ]);
  });

  const bad: Array<[string, string, RegExp]> = [
    ["syntax error", '[\n  {"id": "operation-removed",\n  "location": }\n]', /bad-0\.json is not valid JSON \(line 3\)/],
    ["not an array", '{"id": "x"}', /must hold a JSON array/],
    [
      "missing reason",
      '[\n  {"id": "operation-removed", "location": "/a", "reason": "ok"},\n  {"id": "operation-removed", "location": "/b"}\n]',
      /bad entry at line 3 \(entry 2\): "reason" is missing/,
    ],
    [
      "unknown rule id",
      '[{"id": "no-such-rule", "location": "/a", "reason": "r"}]',
      /line 1 \(entry 1\): "id" "no-such-rule" is not a rule id/,
    ],
    [
      "location not a pointer",
      '[\n\n {"id": "operation-removed", "location": "paths", "reason": "r"}]',
      /line 3 \(entry 1\): "location" must be a JSON pointer/,
    ],
    ["unknown key", '[{"id": "operation-removed", "location": "/a", "reason": "r", "until": "2026"}]', /unknown key "until"/],
  ];
  it.each(bad.map((b, i) => [...b, i] as const))("names the file and line: %s", (_name, text, pattern, index) => {
    const p = file(`bad-${index}.json`, text);
    expect(() => loadIgnoreFile(p)).toThrow(pattern);
    expect(() => loadIgnoreFile(p)).toThrow(p);
  });
});

describe("applyIgnores", () => {
  it("accepts the listed finding and keeps the rule for everything else", () => {
    const { kept, ignored } = applyIgnores(
      [removed, other],
      [{ id: "operation-removed", location: "/paths/~1v1~1contacts/get", reason: "known" }],
    );
    expect(ignored).toEqual([removed]);
    expect(kept).toEqual([other]);
  });

  it("narrows by method and path when given", () => {
    const entry = { id: "operation-removed", location: "/paths/~1v1~1contacts/get", reason: "known" };
    expect(applyIgnores([removed], [{ ...entry, method: "POST" }]).kept).toEqual([removed]);
    expect(applyIgnores([removed], [{ ...entry, path: "/v1/contacts", method: "GET" }]).kept).toEqual([]);
    expect(applyIgnores([removed], [{ ...entry, id: "operation-added" }]).kept).toEqual([removed]);
  });
});
