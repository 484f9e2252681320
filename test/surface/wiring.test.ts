/**
 * The surface in the two flows that report a contract change: `npm run diff`
 * (runDiffCommand) and `generate` (describeContractChange), including the
 * version bump on --accept, which takes the larger of contract and surface.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runDiffCommand } from "../../generator/cli/diff.js";
import { describeContractChange } from "../../generator/contract-change.js";
import { normalizeSpec } from "../../generator/load/normalize.js";
import { largerSeverity } from "../../generator/surface/index.js";
import { SURFACE_TITLE } from "../../generator/surface/render.js";
import { surfaceWhenChanged } from "../../generator/surface/when.js";
import { doc } from "./build.js";

const ctx = { base: { source: "base.json", sha256: "a".repeat(64) }, revision: { source: "rev.json", sha256: "b".repeat(64) } };

async function diffCommand(base: object, revision: object, format: string): Promise<{ code: number; out: string }> {
  const dir = mkdtempSync(join(tmpdir(), "surface-"));
  writeFileSync(join(dir, "a.json"), JSON.stringify(base));
  writeFileSync(join(dir, "b.json"), JSON.stringify(revision));
  let out = "";
  const io = {
    out: (text: string) => {
      out += text;
    },
    err: () => {},
    isTty: false,
  };
  const code = await runDiffCommand([join(dir, "a.json"), join(dir, "b.json"), "--format", format], io);
  return { code, out };
}

describe("npm run diff", () => {
  it("adds `surface` to the JSON report when the contract changed", async () => {
    const { code, out } = await diffCommand(doc({}), doc({ widgets: true }), "json");
    expect(code).toBe(0);
    const report = JSON.parse(out) as { surface: Array<{ rule: string; subject: string }> };
    expect(report.surface.map((c) => `${c.rule} ${c.subject}`)).toContain("client-method-added OpenPhoneClient.listWidgets");
  }, 30_000);

  it("opens the text report with what changes in the code", async () => {
    const { out } = await diffCommand(doc({ widgets: true }), doc({}), "text");
    // After the counts, before the contract changes.
    expect(out).toContain(`  ${SURFACE_TITLE}\n`);
    expect(out.indexOf(SURFACE_TITLE)).toBeLessThan(out.indexOf("listWidgets()"));
    expect(out.indexOf("listWidgets()")).toBeLessThan(out.indexOf("[operation-removed]"));
  }, 30_000);

  it("computes nothing when the documents have the same contract", async () => {
    const { out } = await diffCommand(doc({}), doc({}), "json");
    expect(JSON.parse(out)).not.toHaveProperty("surface");
    expect(await surfaceWhenChanged(doc({}), doc({}), [])).toBeUndefined();
  });
});

describe("generate's contract change", () => {
  it("puts the section first in the markdown and bumps by the larger severity", async () => {
    // Contract: a new response property is `info`; nothing in the surface is worse, so a minor bump.
    const base = normalizeSpec(doc({}));
    const revision = normalizeSpec(doc({ output: { id: { type: "string" }, label: { type: "string" } }, outputRequired: ["id", "label"] }));
    const change = await describeContractChange(base, revision, ctx, { ignoreFile: "/nonexistent/ignore.json" });
    expect(change.markdown).toContain(`\n### ${SURFACE_TITLE}\n`);
    expect(change.markdown.indexOf(SURFACE_TITLE)).toBeLessThan(change.markdown.indexOf("Compatible changes (1"));
    expect(change.surface?.changes.map((c) => `${c.rule} ${c.subject}`)).toContain("output-property-added Thing.label");
    expect(change.nextState({ version: "1.2.3", changelog: "" }, new Date(0)).version).toBe("1.3.0");
  }, 30_000);

  it("bumps major when the surface is worse than the contract (an error status added)", async () => {
    // The contract calls a new documented error status a warning; to code with an exhaustive
    // switch over the operation's error union it is a compile error.
    const change = await describeContractChange(normalizeSpec(doc({ errors: [404] })), normalizeSpec(doc({ errors: [404, 409] })), ctx, {
      ignoreFile: "/nonexistent/ignore.json",
    });
    expect(change.changes.every((c) => c.severity !== "breaking")).toBe(true);
    expect(change.surface?.highest).toBe("breaking");
    expect(change.nextState({ version: "1.2.3", changelog: "" }, new Date(0)).version).toBe("2.0.0");
  }, 30_000);

  it("takes the surface's severity when it is the larger", () => {
    expect(largerSeverity("info", "breaking")).toBe("breaking");
    expect(largerSeverity("breaking", "warning")).toBe("breaking");
    expect(largerSeverity(undefined, "warning")).toBe("warning");
    expect(largerSeverity("docs", undefined)).toBe("docs");
    expect(largerSeverity(undefined, undefined)).toBeUndefined();
  });
});

describe("corrections", () => {
  const overlay = {
    file: "test.overlay.json",
    document: {
      overlay: "1.0.0",
      info: { title: "t", version: "1" },
      actions: [
        {
          target: "$.paths['/v1/widgets'].get.responses['200'].content['application/json'].schema.properties.ok",
          update: { type: ["boolean", "null"] },
        },
      ],
    },
  };

  it("makes each side's sources with the overlay, as generate does", async () => {
    const { packageSources } = await import("../../generator/surface/sources.js");
    const models = (corrections: object) =>
      packageSources(doc({ widgets: true }), corrections).sources.find((f) => f.path === "src/models.ts")!.contents;
    expect(models({})).toMatch(/\bok: boolean;/);
    expect(models({ overlay })).toMatch(/\bok: boolean \| null;/);
  });

  it("compares without it, and says so, when it no longer applies to the revision", async () => {
    const { describeSurface } = await import("../../generator/surface/index.js");
    const diff = await describeSurface({ base: doc({ widgets: true }), revision: doc({}), changes: [], corrections: { overlay } });
    expect(diff.note).toMatch(/overlay was not applied.*test\.overlay\.json/s);
    expect(diff.changes.map((c) => `${c.rule} ${c.subject}`)).toContain("client-method-removed OpenPhoneClient.listWidgets");
  }, 30_000);
});
