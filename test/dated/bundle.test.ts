/**
 * What the dated conventions cost a v1-only program: nothing of the deepObject writer. It lives
 * in runtime/deep-object.ts and only descriptors of operations with deepObject fields carry it,
 * so a bundle of v1's sendMessage has none of it, while one of the dated listCalls (which filters
 * on `createdAt[gte]`) has it: the control that shows the check can fail.
 * esbuild, as an app would bundle the package (minified ESM).
 */
import { resolve } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

async function bundle(folder: string, operation: string, input: string): Promise<string> {
  const source = (file: string) => JSON.stringify(resolve(process.cwd(), folder, "src", file));
  const result = await build({
    stdin: {
      contents: `import { ${operation} } from ${source(`operations/${operation}.ts`)};
import { createClientCore } from ${source("runtime/http.ts")};
${operation}(createClientCore({ apiKey: "k" }), ${input}).then(console.log);\n`,
      resolveDir: process.cwd(),
      loader: "ts",
    },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

// The writer's one distinctive piece: the `${name}[${key}]` template, which minifying keeps.
const DEEP_OBJECT_WRITER = /`\$\{\w+\}\[\$\{\w+\}\]`/;

describe("bundles", () => {
  it("a dated listCalls carries the deepObject writer (the control)", async () => {
    const code = await bundle("generated-2026-03-30", "listCalls", "{}");
    expect(code).toMatch(DEEP_OBJECT_WRITER);
    expect(code).toContain('"quo-api-version":"2026-03-30"');
  });

  it("a v1-only sendMessage carries none of it, nor the dated version header", async () => {
    const code = await bundle("generated", "sendMessage", '{ from: "+15555550100", to: ["+15555550101"], content: "hi" }');
    expect(code).toContain('"sendMessage_v1"');
    expect(code).not.toMatch(DEEP_OBJECT_WRITER);
    expect(code).not.toContain("quo-api-version");
  });
});
