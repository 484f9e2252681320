import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../generator/core.js";
import { correct, correctionSteps } from "../../generator/correct.js";
import { readCorrections } from "../../generator/correction-files.js";
import { InputError } from "../../generator/errors.js";
import { normalizeSpec } from "../../generator/load/normalize.js";

const upstream = (): JsonObject => ({
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: { "/v1/things": { get: { operationId: "listThings_v1", responses: { "200": { description: "ok" } } } } },
});

const renameOverlay: JsonObject = {
  overlay: "1.0.0",
  info: { title: "fix", version: "1" },
  actions: [{ target: "$.info", update: { title: "corrected" } }],
};

describe("correct", () => {
  it("applies the overlay to a copy: the upstream snapshot keeps its text and document", () => {
    const spec = normalizeSpec(upstream());
    const before = spec.text;
    const corrected = correct(spec, {
      overlay: { document: renameOverlay, file: "x.overlay.json" },
      nameOverrides: { rename: { A: "B" } },
    });
    expect((corrected.document.info as JsonObject).title).toBe("corrected");
    expect((corrected.upstream.document.info as JsonObject).title).toBe("t");
    expect(corrected.upstream.text).toBe(before);
    expect(corrected.nameOverrides).toEqual({ rename: { A: "B" } });
  });

  it("is the upstream itself when there is nothing to correct", () => {
    const spec = normalizeSpec(upstream());
    const corrected = correct(spec, {});
    expect(corrected.document).toEqual(spec.document);
    expect(corrected.nameOverrides).toEqual({});
  });

  it("runs its steps in order, the overlay first", () => {
    expect(correctionSteps.map((step) => step.name)[0]).toBe("overlay");
  });
});

describe("readCorrections", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "corrections-"));

  it("reads the overlay and the names file it is given", () => {
    const overlayFile = path.join(dir, "a.overlay.json");
    const namesFile = path.join(dir, "names.json");
    writeFileSync(overlayFile, JSON.stringify(renameOverlay));
    writeFileSync(namesFile, JSON.stringify({ idAliases: { AC: "ActivityId" } }));
    // The working directory's default webhook supplement (openphone.webhooks.json) comes along.
    expect(readCorrections({ overlayFile, namesFile })).toMatchObject({
      overlay: { document: renameOverlay, file: overlayFile },
      nameOverrides: { idAliases: { AC: "ActivityId" } },
      webhooks: { file: "openphone.webhooks.json" },
    });
  });

  it("refuses an overlay given by flag that does not exist, naming it and the fix", () => {
    const overlayFile = path.join(dir, "missing.overlay.json");
    expect(() => readCorrections({ overlayFile })).toThrow(InputError);
    expect(() => readCorrections({ overlayFile })).toThrow(/missing\.overlay\.json \(--overlay\) does not exist.*drop --overlay/);
  });

  it("refuses an overlay that is not JSON, and a names file that is not JSON, as bad input", () => {
    const overlayFile = path.join(dir, "bad.overlay.json");
    const namesFile = path.join(dir, "bad.names.json");
    writeFileSync(overlayFile, "{ nope");
    writeFileSync(namesFile, "{ nope");
    expect(() => readCorrections({ overlayFile, namesFile: path.join(dir, "absent.json") })).toThrow(
      /bad\.overlay\.json \(--overlay\) is not valid JSON/,
    );
    expect(() => readCorrections({ overlayFile: path.join(dir, "a.overlay.json"), namesFile })).toThrow(InputError);
  });
});

describe("the generated package sees the corrected contract everywhere", () => {
  it("types message userId as nullable in both src/openapi.ts and src/models.ts", () => {
    const raw = readFileSync("generated/src/openapi.ts", "utf8");
    const models = readFileSync("generated/src/models.ts", "utf8");
    // Every userId the overlay corrects is the one described as null for incoming messages.
    const rawUserIds = [...raw.matchAll(/Null for incoming messages\.\n(?:.*\n)*?\s*userId: ([^;]+);/g)].map((m) => m[1]);
    expect(rawUserIds.length).toBeGreaterThan(0);
    expect(rawUserIds.every((type) => type === "string | null")).toBe(true);
    expect(models).toMatch(/userId: UserId \| null;/);
  });
});
