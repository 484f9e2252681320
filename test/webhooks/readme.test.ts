import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/paths.js";
import { COMMITTED } from "../package/grown-package.js";

/**
 * The generated README's webhook receivers compile against the committed package, as a
 * user's Node app sees it (the package linked into node_modules, NodeNext resolution,
 * @types/node for the node:http example). The `(Request) => Response` block is also
 * checked with the other README blocks in test/consumer (no Node types there).
 */
const readme = readFileSync(join(COMMITTED, "README.md"), "utf8");
const section = readme.slice(readme.indexOf("## Receive webhooks"), readme.indexOf("\n## ", readme.indexOf("## Receive webhooks") + 1));
const blocks = [...section.matchAll(/^```ts( node:http)?\n([\s\S]*?)^```$/gm)].map((m) => ({ node: m[1] !== undefined, code: m[2]! }));

describe("the README's webhook section", () => {
  it("says how to verify, deduplicate and acknowledge", () => {
    expect(section).toContain("exactly as received");
    expect(section).toMatch(/deduplicate[\s\S]*`webhook-id`/);
    expect(section).toMatch(/Acknowledge first, then process/);
    expect(blocks.map((b) => b.node)).toEqual([false, true]);
  });

  it("has receiver examples that type-check in a Node app (fetch-style handler and node:http)", () => {
    const app = tempDir("opgen-webhook-readme-");
    mkdirSync(join(app, "node_modules"), { recursive: true });
    symlinkSync(resolve(COMMITTED), join(app, "node_modules/openphone-api"), "dir");
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "receiver", private: true, type: "module" }));
    for (const [i, block] of blocks.entries()) writeFileSync(join(app, `example${i}.ts`), block.code);
    writeFileSync(
      join(app, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          target: "ES2022",
          lib: ["ES2022", "DOM"],
          module: "NodeNext",
          moduleResolution: "NodeNext",
          types: ["node"],
          typeRoots: [resolve("node_modules/@types")],
          noEmit: true,
          skipLibCheck: true,
        },
        include: ["*.ts"],
      }),
    );
    const result = spawnSync(process.execPath, [resolve("node_modules/typescript/bin/tsc"), "-p", app], { encoding: "utf8" });
    expect(`${result.stdout}${result.stderr}`).toBe("");
    expect(result.status).toBe(0);
  });
});
