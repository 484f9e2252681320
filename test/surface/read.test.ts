/** readSurfaces on hand-written packages: what a consumer can name, following re-exports by syntax. */
import * as morph from "ts-morph";
import { describe, expect, it } from "vitest";
import { typeShift } from "../../generator/surface/compare.js";
import { readSurfaces } from "../../generator/surface/read.js";

const files = [
  {
    path: "src/index.ts",
    contents: `export type * from "./models.js";
export { makeThing as createThing, type Thing } from "./things/make.js";
export * from "./things/make.js";
export type { paths } from "./openapi.js";`,
  },
  {
    path: "src/models.ts",
    contents: `/** A thing. */
export interface Thing {
  /** Its id. */
  id: string;
  owner?: {
    /** Nested. */
    name: string | null;
    tags: { label: "a" | "b" }[];
  } | null;
}
export type Kind = "x" | "y";`,
  },
  {
    path: "src/things/make.ts",
    contents: `import type { Thing } from "../models.js";
export const rule$12: RegExp = new RegExp("x");
export function makeThing(input: Thing, options?: { retry: boolean }): Promise<Thing> { return Promise.resolve(input); }
function hidden(): void {}`,
  },
];

describe("readSurfaces", () => {
  const [surface] = readSurfaces(morph, [files]);

  it("lists every entry point's names, following aliases and star re-exports, skipping numbered helpers", () => {
    expect(surface!.entries["."]).toEqual(["Kind", "Thing", "createThing", "makeThing"]);
    expect(surface!.entries["./things/make"]).toEqual(["makeThing"]);
    expect(surface!.declarations).not.toHaveProperty("hidden");
    expect(surface!.declarations).not.toHaveProperty("paths");
  });

  it("reads functions with parameters and result, and who they mention", () => {
    expect(surface!.declarations.createThing).toMatchObject({
      kind: "function",
      params: [
        { name: "input", optional: false, type: { text: "Thing" } },
        { name: "options", optional: true, type: { text: "{ retry: boolean }" } },
      ],
      returns: { text: "Promise<Thing>" },
      inputRefs: ["Thing"],
      outputRefs: ["Thing"],
    });
  });

  it("opens inline objects into dotted paths, without comments, unions sorted", () => {
    expect(surface!.declarations.Thing!.members).toEqual([
      { path: "id", optional: false, type: { text: "string", parts: ["string"] } },
      { path: "owner", optional: true, type: { text: "{…} | null", parts: ["null", "{…}"] } },
      { path: "owner.name", optional: false, type: { text: "string | null", parts: ["null", "string"] } },
      { path: "owner.tags", optional: false, type: { text: "{…}[]", parts: ["{…}[]"] } },
      { path: "owner.tags[].label", optional: false, type: { text: '"a" | "b"', parts: ['"a"', '"b"'] } },
    ]);
  });
});

describe("typeShift", () => {
  const t = (...parts: string[]) => ({ text: parts.join(" | "), parts: [...parts].sort() });
  it.each([
    [t("string"), t("string"), "same"],
    [t("b", "a"), t("a", "b"), "same"],
    [t("string"), t("string", "null"), "nullable-added"],
    [t("string", "null"), t("string"), "nullable-removed"],
    [t('"x"'), t('"y"'), "literal-changed"],
    [t('"x"', '"y"'), t('"x"', '"y"', '"z"'), "literals-added"],
    [t('"x"', '"y"'), t('"x"'), "literals-removed"],
    [t("number"), t("number", "string"), "widened"],
    [t("number", "string"), t("number"), "narrowed"],
    [t("number"), t("string"), "changed"],
  ] as const)("%j → %j is %s", (before, after, want) => {
    expect(typeShift(before, after)).toBe(want);
  });
});
