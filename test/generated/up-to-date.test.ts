import { describe, expect, it } from "vitest";
import { defaultGenerateOptions, type Logger, runGenerate } from "../../generator/pipeline.js";
import { GENERATED, OVERLAY } from "../helpers/generated.js";

/**
 * The generated package is the product: it must be exactly what the generator makes from
 * its own snapshot (no hand edits, nothing stale). By default the committed generated/;
 * test/helpers/generated.ts says how to point at another tree and its overlay.
 */
describe("the generated package", () => {
  it("matches a fresh generation from its own snapshot", async () => {
    const lines: string[] = [];
    const log: Logger = { info: (m) => lines.push(m), warn: (m) => lines.push(m), out: (m) => lines.push(m) };
    const code = await runGenerate(
      defaultGenerateOptions({
        source: "unused",
        outDir: GENERATED,
        offline: true,
        check: true,
        log,
        ...(OVERLAY ? { overlayFile: OVERLAY } : {}),
      }),
    );
    expect(lines.join("\n")).toContain("is up to date");
    expect(code).toBe(0);
  });
});
