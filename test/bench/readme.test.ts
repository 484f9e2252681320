/** scripts/bench/readme.ts: folding the latest table into a README. */
import { describe, expect, it } from "vitest";
import { README_END, README_START, replaceBetweenMarkers } from "../../scripts/bench/readme.js";

describe("replaceBetweenMarkers", () => {
  it("replaces only what lies between the markers, keeping them", () => {
    const before = `# Title\n\n${README_START}\nold table\n${README_END}\n\nafter\n`;
    expect(replaceBetweenMarkers(before, "| a |\n| --- |\n")).toBe(`# Title\n\n${README_START}\n| a |\n| --- |\n${README_END}\n\nafter\n`);
  });

  it("is idempotent for the same block", () => {
    const once = replaceBetweenMarkers(`${README_START}\n${README_END}\n`, "x");
    expect(replaceBetweenMarkers(once, "x")).toBe(once);
  });

  const broken: Array<[string, string]> = [
    ["no markers", "# Title\n"],
    ["only the start marker", `${README_START}\n`],
    ["markers in the wrong order", `${README_END}\n${README_START}\n`],
  ];
  for (const [name, text] of broken) {
    it(`names the file and the fix when there are ${name}`, () =>
      expect(() => replaceBetweenMarkers(text, "x", "docs/X.md")).toThrow(/docs\/X\.md has no .* add both markers/));
  }
});
