/**
 * The validators emitter writes its own declaration files (GeneratedFile.declaration)
 * instead of leaving them to TypeScript's declaration emit, the slowest step of a
 * generate. They must be byte-equal to what TypeScript emits for the same source.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../generator/core.js";
import { declare, PACKAGE_COMPILER_OPTIONS } from "../../generator/emit/compile.js";
import { emitValidators } from "../../generator/emit/validators.js";
import { normalizeSpec } from "../../generator/load/normalize.js";
import { buildApiModel } from "../../generator/model/build.js";
import type { ApiModel } from "../../generator/model/types.js";
import { applyOverlay } from "../../generator/overlay.js";
import { apiModel, field, named, operation, response, s } from "./schemas.js";

function realModel(file: string): ApiModel {
  const upstream = normalizeSpec(
    JSON.parse(readFileSync(path.resolve(process.cwd(), "test/fixtures/upstream", file), "utf8")) as JsonObject,
  ).document;
  const overlayPath = path.resolve(process.cwd(), "openphone.overlay.json");
  return buildApiModel(applyOverlay(upstream, JSON.parse(readFileSync(overlayPath, "utf8")) as JsonObject, overlayPath));
}

const MODELS: Array<[string, () => ApiModel]> = [
  ["2025-06-16", () => realModel("openphone-v1.2025-06-16.json")],
  ["2025-12-15", () => realModel("openphone-v1.2025-12-15.json")],
  [
    "small hand-built model (no responses, optional input, enum sets, formats)",
    () =>
      apiModel(
        [
          operation("ping", [field("q", s.string({ format: "date" }), false, "query")], []),
          operation("pick", [field("k", s.enum(["a", "b", "c", "d", "e", "f", "g"]), true)], [response(200, s.ref("Point"))]),
        ],
        [named("Point", s.object({ x: [s.number(), true] }))],
      ),
  ],
  ["no models, no operations", () => apiModel([], [])],
];

describe("validators' own declaration files equal TypeScript's declaration emit", () => {
  for (const [name, build] of MODELS) {
    it(name, () => {
      const files = emitValidators(build());
      const declared = files.filter((f) => f.declaration !== undefined);
      expect(declared.length).toBeGreaterThan(0);
      for (const file of declared) {
        expect({ path: file.path, dts: file.declaration }).toEqual({
          path: file.path,
          dts: declare(file.path, file.contents, PACKAGE_COMPILER_OPTIONS),
        });
      }
    });
  }
});
