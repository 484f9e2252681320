/** scripts/bench/measure.ts: the pure helpers of the process runner. */
import { describe, expect, it } from "vitest";
import { exitCheck, firstLines, type ProcessRun, rotate } from "../../scripts/bench/measure.js";

describe("rotate", () => {
  const rows: Array<[string[], number, string[]]> = [
    [["a", "b", "c"], 0, ["a", "b", "c"]],
    [["a", "b", "c"], 1, ["b", "c", "a"]],
    [["a", "b", "c"], 4, ["b", "c", "a"]],
    [["a", "b", "c"], -1, ["c", "a", "b"]],
    [[], 3, []],
  ];
  for (const [items, by, want] of rows)
    it(`${JSON.stringify(items)} by ${by} → ${JSON.stringify(want)}`, () => expect(rotate(items, by)).toEqual(want));
});

describe("firstLines", () => {
  const rows: Array<[string, string]> = [
    ["\n\n  error: bad spec\nmore", "error: bad spec"],
    ["\x1b[31mred failure\x1b[39m\n", "red failure"],
    ["Command exited with non-zero status 1\n", "no output"],
    ["", "no output"],
  ];
  for (const [given, want] of rows) it(`${JSON.stringify(given)} → ${want}`, () => expect(firstLines(given)).toBe(want));
  it("cuts a long line with an ellipsis", () => expect(firstLines("x".repeat(300), 10)).toBe(`${"x".repeat(9)}…`));
});

describe("exitCheck", () => {
  const run = (exitCode: number, stderr = "", timedOut = false): ProcessRun => ({
    wallMs: 1500,
    peakBytes: null,
    exitCode,
    timedOut,
    stdout: "",
    stderr,
  });
  it("accepts the listed exit codes", () => {
    expect(exitCheck()(run(0))).toBeNull();
    expect(exitCheck([0, 1])(run(1))).toBeNull();
  });
  it("explains any other exit with the tool's first line", () =>
    expect(exitCheck()(run(2, "error: no snapshot\n"))).toBe("exit 2: error: no snapshot"));
  it("names a timeout", () => expect(exitCheck()(run(128, "", true))).toBe("timed out after 2 s"));
});
