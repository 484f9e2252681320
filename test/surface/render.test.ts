/** The report section: grouping, folding and the one-line summaries, from hand-written surface changes. */
import { describe, expect, it } from "vitest";
import type { SurfaceDiff } from "../../generator/surface/index.js";
import { surfaceSection } from "../../generator/surface/render.js";
import type { SurfaceChange } from "../../generator/surface/types.js";

function change(partial: Partial<SurfaceChange> & Pick<SurfaceChange, "rule" | "subject" | "group">): SurfaceChange {
  return {
    severity: "breaking",
    breaksCompile: true,
    usage: "output",
    before: null,
    after: null,
    message: `${partial.subject} changed`,
    causes: [],
    causeCount: 0,
    ...partial,
  };
}

const docsLink = (model: string) =>
  change({
    rule: "literal-changed",
    subject: `${model}.docs`,
    group: { kind: "model", name: model },
    before: '"https://openphone.com/docs"',
    after: '"https://quo.com/docs"',
  });

describe("surfaceSection", () => {
  it("folds one edit repeated across models into one line", () => {
    const diff: SurfaceDiff = { changes: ["AError", "BError", "CError", "DError"].map(docsLink), highest: "breaking" };
    const items = surfaceSection(diff, "markdown").items;
    const folded = items.filter((line) => line.includes("*.docs"));
    expect(folded).toEqual([
      '- [breaking] `*.docs`: `"https://openphone.com/docs"` → `"https://quo.com/docs"` in 4 models (AError, BError, CError, DError): comparisons with the old value no longer compile (no overlap)',
    ]);
    expect(items.some((line) => line.startsWith("#### `AError`"))).toBe(false);
  });

  it("keeps an edit seen in fewer models on each model", () => {
    const items = surfaceSection({ changes: ["AError", "BError"].map(docsLink), highest: "breaking" }, "markdown").items;
    expect(items).toContain("#### `AError`");
    expect(items.some((line) => line.includes("*.docs"))).toBe(false);
  });

  it("says an operation that went in one line, client method first, with its cause", () => {
    const group = { kind: "function" as const, name: "listThings" };
    const cause = { id: "operation-removed", severity: "breaking" as const, operationId: "listThings_v1", location: "/paths/~1things/get" };
    const diff: SurfaceDiff = {
      highest: "breaking",
      changes: [
        change({ rule: "export-removed", subject: "listThings", group, causes: [cause], causeCount: 1 }),
        change({ rule: "export-removed", subject: "ListThingsInput", group }),
        change({ rule: "entry-point-removed", subject: "./operations/listThings", group }),
        change({ rule: "client-method-removed", subject: "OpenPhoneClient.listThings", group }),
      ],
    };
    const items = surfaceSection(diff, "text").items;
    expect(items).toContain("listThings()");
    expect(items).toContain(
      "  - [breaking] listThings removed (with client.listThings, ListThingsInput, ./operations/listThings) ← operation-removed",
    );
  });

  it("says so when nothing a consumer compiles against changed", () => {
    expect(surfaceSection({ changes: [], highest: undefined }, "markdown").items[0]).toMatch(/does not change/);
  });
});
