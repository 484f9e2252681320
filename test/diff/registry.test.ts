/** Tests over the rule table itself: ids, fixtures, twins, severity in one place. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RULES, RULES_BY_ID } from "../../generator/diff/index.js";
import { FIXTURES } from "./helpers.js";

const RULE_DIR = path.resolve(process.cwd(), "generator/diff/rules");

describe("rule table", () => {
  it("has unique, kebab-case ids", () => {
    const ids = RULES.map((r) => r.rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it("keeps one rule per file, named after its id", () => {
    for (const { rule } of RULES) {
      const file = path.join(RULE_DIR, `${rule.id}.ts`);
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file, "utf8")).toContain(`"${rule.id}"`);
    }
  });

  it("keeps severities out of the rule files (the table is the only place)", () => {
    for (const { rule } of RULES) {
      const text = readFileSync(path.join(RULE_DIR, `${rule.id}.ts`), "utf8");
      expect(text, rule.id).not.toMatch(/"(breaking|warning|info|docs)"/);
    }
  });

  it("gives each rule a base/revision fixture pair", () => {
    const dirs = new Set(readdirSync(FIXTURES));
    for (const { rule } of RULES) {
      expect(dirs.has(rule.id), `test/fixtures/diff/${rule.id}/`).toBe(true);
      expect(existsSync(path.join(FIXTURES, rule.id, "base.json"))).toBe(true);
      expect(existsSync(path.join(FIXTURES, rule.id, "revision.json"))).toBe(true);
    }
    // And no orphan fixtures for renamed or deleted rules.
    for (const dir of dirs) expect(RULES_BY_ID.has(dir), dir).toBe(true);
  });

  it("gives every request rule a response twin, or a written reason why not", () => {
    for (const entry of RULES.filter((r) => r.direction === "request")) {
      if (entry.twin !== undefined) {
        const twin = RULES_BY_ID.get(entry.twin);
        expect(twin, `${entry.rule.id} → ${entry.twin}`).toBeDefined();
        expect(twin!.direction).toBe("response");
        expect(twin!.rule.on).toBe(entry.rule.on);
      } else {
        expect(entry.noTwin, `${entry.rule.id} needs a twin or noTwin`).toMatch(/\w{3,}.*\w{3,}/);
      }
    }
  });

  it("names request-only and response-only rules after their direction", () => {
    for (const entry of RULES) {
      if (entry.direction === "request") expect(entry.rule.id).toMatch(/^(request-|security-requirement-)/);
      if (entry.direction === "response") expect(entry.rule.id).toMatch(/^response-/);
    }
  });
});

describe("documentation", () => {
  it("lists every rule with its table severity and direction in generator/diff/README.md", () => {
    const readme = readFileSync(path.resolve(process.cwd(), "generator/diff/README.md"), "utf8");
    for (const entry of RULES) {
      expect(readme, entry.rule.id).toContain(`| \`${entry.rule.id}\` | ${entry.severity} | ${entry.direction} |`);
    }
  });
});
