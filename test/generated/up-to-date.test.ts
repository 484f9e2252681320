import { describe, expect, it } from "vitest";
import { defaultGenerateOptions, type Logger, runGenerate } from "../../generator/pipeline.js";

/**
 * The committed generated/ is the product: it must be exactly what the
 * generator makes from the committed snapshot (no hand edits, nothing stale).
 */
describe("committed generated/", () => {
  it("matches a fresh generation from its own snapshot", async () => {
    const lines: string[] = [];
    const log: Logger = { info: (m) => lines.push(m), warn: (m) => lines.push(m), out: (m) => lines.push(m) };
    const code = await runGenerate(defaultGenerateOptions({ source: "unused", outDir: "generated", offline: true, check: true, log }));
    expect(lines.join("\n")).toContain("is up to date");
    expect(code).toBe(0);
  });
});
