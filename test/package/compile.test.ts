import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { compileSources, rewriteRelativeSpecifiers } from "../../generator/emit/compile.js";
import { GENERATED, snapshotModel } from "../helpers/generated.js";

// The package under test and one of its operations (test/helpers/generated.ts): any accepted upstream.
const operations = snapshotModel().operations;
const someOperation = operations[0]?.functionName ?? "";

describe("rewriteRelativeSpecifiers (the CommonJS build's imports)", () => {
  it.each([
    ['import { a } from "./a.js";', 'import { a } from "./a.cjs";'],
    ["import type { B } from '../b/c.js';", 'import type { B } from "../b/c.cjs";'],
    ['export * from "./x.js";', 'export * from "./x.cjs";'],
    ['export { y } from "./y.js";', 'export { y } from "./y.cjs";'],
    ['type T = import("./t.js").T;', 'type T = import("./t.cjs").T;'],
    ['const m = import("./m.js");', 'const m = import("./m.cjs");'],
    // Left alone: bare packages, non-.js files, and strings that only look like paths.
    ['import x from "pkg/x.js";', 'import x from "pkg/x.js";'],
    ['import data from "./data.json";', 'import data from "./data.json";'],
    ['const p = "./not-an-import.js";', 'const p = "./not-an-import.js";'],
    ['// import { a } from "./a.js";\n', '// import { a } from "./a.js";\n'],
    ['const s = `${1} import("./t.js") ${"x"}`;', 'const s = `${1} import("./t.js") ${"x"}`;'],
    [
      'const s = "import x from \\"./q.js\\"";\nimport { z } from "./z.js";',
      'const s = "import x from \\"./q.js\\"";\nimport { z } from "./z.cjs";',
    ],
    ['/* export * from "./a.js" */ export * from "./b.js";', '/* export * from "./a.js" */ export * from "./b.cjs";'],
    // What misleads a token scanner: a regex literal holding a quote, then a real specifier.
    ['const q = /\'/;\nexport { a } from "./a.js";', 'const q = /\'/;\nexport { a } from "./a.cjs";'],
    [
      'const r = /"/; const s = "import(\'./evil.js\')";\nimport "./side.js";',
      'const r = /"/; const s = "import(\'./evil.js\')";\nimport "./side.cjs";',
    ],
    ['export * as ns from "./ns.js";', 'export * as ns from "./ns.cjs";'],
    ['import {\n  a,\n  b,\n} from "./multi.js";', 'import {\n  a,\n  b,\n} from "./multi.cjs";'],
  ])("%s", (given, want) => {
    expect(rewriteRelativeSpecifiers(given, ".cjs")).toBe(want);
  });

  it("the import scanner path (text without regex literals) agrees with the parse on every real source and declaration", async () => {
    const { readdirSync, readFileSync, statSync } = await import("node:fs");
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ts|d\.ts)$/.test(name) && !path.includes("/runtime/")) files.push(path);
      }
    };
    walk(join(GENERATED, "src"));
    walk(join(GENERATED, "dist"));
    // Every operation has its own module and validators, each with a declaration.
    expect(files.length).toBeGreaterThan(operations.length * 4);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      expect(rewriteRelativeSpecifiers(text, ".cjs", true), file).toBe(rewriteRelativeSpecifiers(text, ".cjs"));
    }
  });

  it("emitted sources hold no regex literal (what lets the scanner path be used on them)", async () => {
    const ts = (await import("typescript")).default;
    const { readdirSync, readFileSync } = await import("node:fs");
    for (const dir of ["src", "src/operations", "src/validators"]) {
      for (const name of readdirSync(join(GENERATED, dir)).filter((n) => n.endsWith(".ts"))) {
        const text = readFileSync(join(GENERATED, dir, name), "utf8");
        const file = ts.createSourceFile(name, text, ts.ScriptTarget.ES2020, true, ts.ScriptKind.TS);
        let regexes = 0;
        const visit = (node: import("typescript").Node): void => {
          if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) regexes++;
          ts.forEachChild(node, visit);
        };
        visit(file);
        expect(regexes, `${dir}/${name}`).toBe(0);
      }
    }
  });
});

describe("compileSources", () => {
  const sources = [
    { path: "src/index.ts", contents: 'export { add } from "./math/add.js";\nexport type { Sum } from "./math/add.js";\n' },
    {
      path: "src/math/add.ts",
      contents: "export type Sum = number;\nexport function add(a: number, b: number): Sum {\n  return a + b;\n}\n",
    },
    { path: "src/notes.md", contents: "not compiled" },
  ];
  let out = new Map<string, string>();
  beforeAll(async () => {
    out = new Map((await compileSources(sources)).map((f) => [f.path, f.contents]));
  });

  it("emits ESM .js/.d.ts and CommonJS .cjs/.d.cts for every source, nothing else", () => {
    expect([...out.keys()].sort()).toEqual([
      "dist/cjs/index.cjs",
      "dist/cjs/index.d.cts",
      "dist/cjs/math/add.cjs",
      "dist/cjs/math/add.d.cts",
      "dist/index.d.ts",
      "dist/index.js",
      "dist/math/add.d.ts",
      "dist/math/add.js",
    ]);
  });

  it("keeps ESM syntax in ESM and requires .cjs siblings in CommonJS", () => {
    expect(out.get("dist/index.js")).toMatch(/import \{ add \} from "\.\/math\/add\.js";[\s\S]*export \{\s*add\s*\}/);
    expect(out.get("dist/cjs/index.cjs")).toContain('require("./math/add.cjs")');
    expect(out.get("dist/cjs/index.cjs")).not.toMatch(/^\s*(import|export)\s/m);
    expect(out.get("dist/cjs/math/add.cjs")).toMatch(/module\.exports = __toCommonJS\(/);
    expect(out.get("dist/cjs/index.d.cts")).toContain('from "./math/add.cjs"');
    expect(out.get("dist/math/add.d.ts")).toContain("export declare function add(a: number, b: number): Sum;");
  });

  it("is deterministic", async () => {
    expect(await compileSources(sources)).toEqual(await compileSources(sources));
  });

  it("names the file when a source cannot be compiled alone", async () => {
    await expect(compileSources([{ path: "src/bad.ts", contents: "export const x = (a) => a;\n" }])).rejects.toThrow(
      /src\/bad\.ts does not compile on its own/,
    );
  });
});

describe("the two builds behave the same at run time", () => {
  it("import() and require() of the committed package expose the same exports, and each works", () => {
    const script = `
      const cjs = require(${JSON.stringify(join(GENERATED, "dist/cjs/index.cjs"))});
      import(${JSON.stringify(join(GENERATED, "dist/index.js"))}).then((esm) => {
        const run = (m) => {
          const error = new m.OpenPhoneError("api", "not found", { operationId: "op", method: "GET", path: "/p", status: 404, code: "0300404" });
          const client = m.createClient({ apiKey: "k" });
          return { keys: Object.keys(m).sort(), client: typeof client[${JSON.stringify(someOperation)}] + "/" + typeof client[${JSON.stringify(someOperation)}].safe, error: [error instanceof Error, error instanceof m.OpenPhoneError, error.kind, error.status, error.code] };
        };
        console.log(JSON.stringify({ esm: run(esm), cjs: run(cjs) }));
      });`;
    const printed = JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }));
    expect(printed.esm).toEqual(printed.cjs);
    expect(printed.esm.keys).toEqual(expect.arrayContaining(["OpenPhoneError", "createClient", someOperation, "paginate"]));
    expect(printed.esm.client).toBe("function/function");
    expect(printed.esm.error).toEqual([true, true, "api", 404, "0300404"]);
  });
});
