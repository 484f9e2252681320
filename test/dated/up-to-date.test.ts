import { describe, expect, it } from "vitest";
import { defaultGenerateOptions, type Logger, runGenerate } from "../../generator/pipeline.js";
import { readUpstreams } from "../../generator/upstreams.js";

/**
 * Every committed package besides v1's (test/generated/up-to-date.test.ts) is exactly what the
 * generator makes from its own snapshot, with its upstream's corrections (none for 2026-03-30).
 */
const others = readUpstreams().filter((u) => u.name !== "v1");

describe("the other upstreams' packages", () => {
  it("the repository configures the dated API beside v1", () => {
    expect(others.map((u) => [u.name, u.out, u.packageName, u.overlay])).toEqual([
      ["2026-03-30", "generated-2026-03-30", "openphone-api-2026-03-30", null],
    ]);
  });

  it.each(others)("$name matches a fresh generation from its own snapshot", async (upstream) => {
    const lines: string[] = [];
    const log: Logger = { info: (m) => lines.push(m), warn: (m) => lines.push(m), out: (m) => lines.push(m) };
    const code = await runGenerate(
      defaultGenerateOptions({
        source: "unused",
        outDir: upstream.out,
        offline: true,
        check: true,
        log,
        packageName: upstream.packageName,
        overlayFile: upstream.overlay,
        namesFile: upstream.names,
        webhooksFile: upstream.webhooks,
      }),
    );
    expect(lines.join("\n")).toContain("is up to date");
    expect(code).toBe(0);
  });
});
