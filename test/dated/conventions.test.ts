/**
 * Conventions the model reads from each document rather than assumes: how a list pages, which
 * headers the client sends itself, and what a dotted operationId is called. Both real documents:
 * v1 and the dated 2026-03-30 API (a reconstruction, see test/fixtures/upstream/README.md).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../generator/core.js";
import { buildApiModel } from "../../generator/model/build.js";
import { operationNames, undotted } from "../../generator/model/names.js";
import type { ApiModel, Operation } from "../../generator/model/types.js";
import { SPEC_JUNE, UPSTREAM_FIXTURES } from "../helpers/paths.js";

const SPEC_DATED = join(UPSTREAM_FIXTURES, "quo-2026-03-30.reconstructed.json");
const load = (file: string): JsonObject => JSON.parse(readFileSync(file, "utf8")) as JsonObject;
const v1 = buildApiModel(load(SPEC_JUNE));
const dated = buildApiModel(load(SPEC_DATED));

function op(model: ApiModel, operationId: string): Operation {
  const found = model.operations.find((o) => o.operationId === operationId);
  if (!found) throw new Error(`no operation ${operationId}`);
  return found;
}

describe("pagination style, per operation", () => {
  it("v1 lists page with maxResults + pageToken -> nextPageToken", () => {
    const paged = v1.operations.filter((o) => o.pagination);
    expect(paged.map((o) => o.operationId).sort()).toEqual(["listCalls_v1", "listContacts_v1", "listConversations_v1", "listMessages_v1"]);
    for (const o of paged) expect(o.pagination).toEqual({ cursorParam: "pageToken", nextField: "nextPageToken", sizeParam: "maxResults" });
    expect(op(v1, "listMessages_v1").maxPageSize).toBe(100);
  });

  it("dated lists page with limit + after -> nextCursor, their page size from limit's maximum", () => {
    const paged = dated.operations.filter((o) => o.pagination);
    // Every GET with an `after` parameter answering { data: [...], nextCursor }.
    expect(paged.map((o) => o.operationId).sort()).toEqual([
      "getCallRecordings",
      "getCallTranscripts",
      "listCalls",
      "listContactNotes",
      "listContactProperties",
      "listContactShares",
      "listContacts",
      "listConversationsHeaderVersioned",
      "listMessages",
      "listPhoneNumberUsers",
      "listPhoneNumbers",
      "listUserPhoneNumbers",
      "listUsers",
      "listWebhookDeliveries",
      "tasks.list",
    ]);
    for (const o of paged) expect(o.pagination).toEqual({ cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" });
    expect(op(dated, "tasks.list").maxPageSize).toBe(100);
    expect(op(dated, "listUsers").maxPageSize).toBe(50);
  });

  it("a list without a cursor (webhooks) or a single resource is not paginated", () => {
    expect(op(dated, "listWebhooks").pagination).toBeUndefined();
    expect(op(dated, "tasks.get").pagination).toBeUndefined();
    expect(op(v1, "sendMessage_v1").pagination).toBeUndefined();
  });
});

describe("a required header with exactly one allowed value", () => {
  it("is a fixed header of every dated operation, not a field of its input", () => {
    for (const o of dated.operations) {
      expect(o.fixedHeaders, o.operationId).toEqual({ "Quo-Api-Version": "2026-03-30" });
      expect(
        o.input.some((f) => f.name === "Quo-Api-Version"),
        o.operationId,
      ).toBe(false);
    }
    // Still described among the parameters: the document says so, and the raw types keep it.
    expect(op(dated, "tasks.list").parameters.some((p) => p.in === "header" && p.name === "Quo-Api-Version")).toBe(true);
  });

  it("only a required header with one value: optional or open headers stay in the input", () => {
    const doc = {
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: {
        "/things": {
          get: {
            operationId: "listThings",
            parameters: [
              { in: "header", name: "X-Const", required: true, schema: { const: "a" } },
              { in: "header", name: "X-Optional", required: false, schema: { enum: ["b"] } },
              { in: "header", name: "X-Two", required: true, schema: { enum: ["c", "d"] } },
            ],
            responses: { "204": { description: "none" } },
          },
        },
      },
    } as JsonObject;
    const thing = op(buildApiModel(doc), "listThings");
    expect(thing.fixedHeaders).toEqual({ "X-Const": "a" });
    expect(thing.input.map((f) => f.name)).toEqual(["X-Optional", "X-Two"]);
  });

  it("v1 has none", () => {
    expect(v1.operations.filter((o) => o.fixedHeaders)).toEqual([]);
  });
});

describe("dotted operationIds", () => {
  it.each([
    ["tasks.list", "listTasks"],
    ["tasks.get", "getTask"],
    ["tasks.create", "createTask"],
    ["tasks.updateDueDate", "updateTaskDueDate"],
    ["tasks.assignUser", "assignTaskUser"],
    ["org.tasks.list", "listOrgTasks"],
    ["listUsers", "listUsers"],
    ["sendMessage_v1", "sendMessage"],
  ])("%s -> %s", (operationId, functionName) => {
    expect(operationNames(operationId).functionName).toBe(functionName);
  });

  it("undotted leaves an id without a dot as it is", () => {
    expect(undotted("getCallRecordings")).toBe("getCallRecordings");
  });

  it("the dated document's task operations get verb-first names, their resource is Task", () => {
    const names = dated.operations.filter((o) => o.operationId.startsWith("tasks.")).map((o) => o.names.function);
    expect(names.sort()).toEqual([
      "assignTaskUser",
      "createTask",
      "deleteTask",
      "deleteTaskDueDate",
      "getTask",
      "linkTaskConversation",
      "listTasks",
      "unassignTaskUser",
      "unlinkTaskConversation",
      "updateTask",
      "updateTaskDueDate",
      "updateTaskStatus",
    ]);
    expect(op(dated, "tasks.list").names.input).toBe("ListTasksInput");
  });

  it("the names file's operations map wins over the rule", () => {
    const model = buildApiModel(load(SPEC_DATED), { operations: { "tasks.list": "listAllTasks" } });
    expect(op(model, "tasks.list").names.function).toBe("listAllTasks");
    expect(op(model, "tasks.get").names.function).toBe("getTask");
  });
});
