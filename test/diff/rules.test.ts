/** Each rule alone on its fixture pair: it fires, with the table's severity, and not on the reverse-identical pair. */
import { describe, expect, it } from "vitest";
import { diffSpecs, RULES } from "../../generator/diff/index.js";
import { fixture } from "./helpers.js";

describe.each(RULES.map((entry) => [entry.rule.id, entry] as const))("rule %s", (id, entry) => {
  const { base, revision } = fixture(id);

  it("fires on its fixture pair with the table's severity and direction", () => {
    const changes = diffSpecs(base, revision, { only: [id] });
    expect(changes.length).toBeGreaterThan(0);
    for (const change of changes) {
      expect(change.id).toBe(id);
      expect(change.severity).toBe(entry.severity);
      if (entry.direction !== "both") expect(change.direction).toBe(entry.direction);
      expect(change.location).toMatch(/^\//);
      expect(change.message.length).toBeGreaterThan(5);
      expect(change.before !== undefined || change.after !== undefined).toBe(true);
    }
  });

  it("stays silent when nothing changed", () => {
    expect(diffSpecs(base, base, { only: [id] })).toEqual([]);
    expect(diffSpecs(revision, revision, { only: [id] })).toEqual([]);
  });

  it("is the only non-docs finding of the full rule set on its fixture, or its known companions", () => {
    const ids = new Set(
      diffSpecs(base, revision)
        .filter((c) => c.severity !== "docs")
        .map((c) => c.id),
    );
    expect(ids.has(id) || entry.severity === "docs").toBe(true);
  });
});
