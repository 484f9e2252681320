/** scripts/bench/stats.ts: the arithmetic and rounding behind every figure of `npm run bench`. */
import { describe, expect, it } from "vitest";
import {
  formatBytes,
  formatDuration,
  formatRate,
  formatRatio,
  growthFactors,
  median,
  ratio,
  significant,
} from "../../scripts/bench/stats.js";

describe("median", () => {
  const rows: Array<[number[], number]> = [
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 1, 1000, 10], 10],
    [[-1, -3], -2],
  ];
  for (const [given, want] of rows) it(`${JSON.stringify(given)} → ${want}`, () => expect(median(given)).toBe(want));

  it("does not reorder its input", () => {
    const sample = [3, 1, 2];
    median(sample);
    expect(sample).toEqual([3, 1, 2]);
  });

  it("refuses an empty sample", () => expect(() => median([])).toThrow(/empty sample/));
});

describe("ratio (ours ÷ peer)", () => {
  const rows: Array<[number, number, number | null]> = [
    [3, 2, 1.5],
    [1, 4, 0.25],
    [0, 5, 0],
    [5, 0, null],
    [5, -1, null],
    [-34, 57, null],
    [Number.NaN, 1, null],
    [1, Number.POSITIVE_INFINITY, null],
  ];
  for (const [ours, peer, want] of rows) it(`${ours} ÷ ${peer} → ${want}`, () => expect(ratio(ours, peer)).toBe(want));
});

describe("growthFactors", () => {
  it("gives each step over the one before", () => expect(growthFactors([1, 4, 16, 80])).toEqual([4, 4, 5]));
  it("has no step for one value", () => expect(growthFactors([7])).toEqual([]));
  it("marks a step over zero as null", () => expect(growthFactors([0, 3, 6])).toEqual([null, 2]));
});

describe("formatting", () => {
  const rows: Array<[string, (v: number) => string, number, string]> = [
    ["significant", significant, 12.345, "12.3"],
    ["significant", significant, 0.012345, "0.0123"],
    ["significant", significant, 0.99996, "1.00"],
    ["significant", significant, 1234.4, "1234"],
    ["significant", significant, 0, "0"],
    ["duration", formatDuration, 0.0123, "12.3 µs"],
    ["duration", formatDuration, 850, "850 ms"],
    ["duration", formatDuration, 999.7, "1.00 s"],
    ["duration", formatDuration, 1690, "1.69 s"],
    ["duration", formatDuration, 125_000, "125 s"],
    ["bytes", formatBytes, 512, "512 B"],
    ["bytes", formatBytes, 231_534, "226 KiB"],
    ["bytes", formatBytes, 1.5 * 1024 ** 2, "1.50 MiB"],
    ["bytes", formatBytes, 2 * 1024 ** 3, "2.00 GiB"],
    ["rate", formatRate, 950, "950 ops/s"],
    ["rate", formatRate, 45_600, "45.6 k ops/s"],
    ["rate", formatRate, 999_999, "1.00 M ops/s"],
    ["rate", formatRate, 1_350_000, "1.35 M ops/s"],
  ];
  for (const [name, fn, given, want] of rows) it(`${name}(${given}) → ${want}`, () => expect(fn(given)).toBe(want));

  it("formats a ratio with ×, and a missing one as a dash", () => {
    expect(formatRatio(1.4812)).toBe("×1.48");
    expect(formatRatio(null)).toBe("—");
  });
});
