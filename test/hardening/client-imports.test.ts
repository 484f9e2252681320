/**
 * The runtime's modules import each other without a circle (types.ts and validation.ts used to
 * import each other; the shared issue shapes now live in issues.ts). A circle makes load order
 * matter in the CommonJS build and keeps bundlers from splitting the runtime cleanly.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const DIR = "templates/runtime";

/** Module → the sibling modules it imports (type-only imports included: they are edges for readers too). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of readdirSync(DIR).filter((f) => f.endsWith(".ts"))) {
    const text = readFileSync(join(DIR, file), "utf8");
    const targets = [...text.matchAll(/from "\.\/([\w-]+)\.js"/g)].map((m) => `${m[1]}.ts`);
    graph.set(file, [...new Set(targets)].sort());
  }
  return graph;
}

/** Every circle, as the path that closes it. */
function circles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const visit = (node: string, path: string[]): void => {
    for (const next of graph.get(node) ?? []) {
      if (next === path[0]) found.push([...path, next]);
      else if (!path.includes(next) && next > path[0]!) visit(next, [...path, next]);
    }
  };
  for (const node of [...graph.keys()].sort()) visit(node, [node]);
  return found;
}

describe("runtime import graph", () => {
  it("finds the known edges (the parser works)", () => {
    const graph = importGraph();
    expect(graph.get("http.ts")).toEqual(expect.arrayContaining(["errors.ts", "rate-limit.ts", "types.ts", "validation.ts"]));
    expect(
      circles(
        new Map([
          ["a.ts", ["b.ts"]],
          ["b.ts", ["a.ts"]],
        ]),
      ),
    ).toEqual([["a.ts", "b.ts", "a.ts"]]);
  });

  it("has no circle", () => {
    expect(circles(importGraph())).toEqual([]);
  });
});
