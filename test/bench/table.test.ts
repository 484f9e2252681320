/** scripts/bench/table.ts: the markdown table `npm run bench` prints. */
import { describe, expect, it } from "vitest";
import {
  escapeCell,
  failed,
  formatCell,
  goalVerdict,
  type Line,
  lineRatio,
  notAvailable,
  ok,
  renderTable,
} from "../../scripts/bench/table.js";

describe("formatCell", () => {
  const rows: Array<[Parameters<typeof formatCell>[0], Parameters<typeof formatCell>[1], string]> = [
    [ok(1690), "ms", "1.69 s"],
    [ok(2 * 1024 ** 2), "bytes", "2.00 MiB"],
    [ok(45_600), "ops/s", "45.6 k ops/s"],
    [ok(3100, { note: "step ×1.24" }), "ms", "3.10 s (step ×1.24)"],
    [notAvailable("not built yet: generator/cli.ts"), "ms", "n/a (not built yet: generator/cli.ts)"],
    [failed("exit 2: bad spec"), "ms", "failed (exit 2: bad spec)"],
  ];
  for (const [cell, unit, want] of rows) it(`${JSON.stringify(cell)} → ${want}`, () => expect(formatCell(cell, unit)).toBe(want));
});

describe("lineRatio", () => {
  it("divides ours by the peer when both were measured", () => expect(lineRatio(ok(3), ok(2))).toBe(1.5));
  it("has no ratio when either side is missing", () => {
    expect(lineRatio(notAvailable("x"), ok(2))).toBeNull();
    expect(lineRatio(ok(2), failed("x"))).toBeNull();
  });
});

describe("renderTable", () => {
  const lines: Line[] = [
    {
      row: "generate",
      measured: "wall time",
      unit: "ms",
      better: "lower",
      ours: ok(3000),
      peers: [
        { name: "openapi-typescript CLI", cell: ok(2000) },
        { name: "orval", cell: failed("exit 1: boom | pipe") },
      ],
    },
    { row: "generate", measured: "output size", unit: "bytes", better: "neither", ours: notAvailable("not built yet"), peers: [] },
  ];

  it("prints a header, a separator and one row per line, each with the ratio per peer", () => {
    expect(renderTable(lines)).toBe(
      [
        "| row | measured | ours | peers → ours ÷ peer |",
        "| --- | --- | --- | --- |",
        "| generate | wall time (lower is better) | 3.00 s | openapi-typescript CLI 2.00 s → ×1.50; orval failed (exit 1: boom \\| pipe) |",
        "| generate | output size | n/a (not built yet) | — |",
        "",
      ].join("\n"),
    );
  });

  it("keeps every row on one line with the header's column count", () => {
    const rows = renderTable(lines).trimEnd().split("\n");
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(6);
  });
});

describe("escapeCell", () => {
  it("escapes pipes and folds newlines", () => expect(escapeCell("a|b\nc\r\nd")).toBe("a\\|b c d"));
});

describe("goals", () => {
  const line = (ours: number): Line => ({
    row: "bundle",
    measured: "minified",
    unit: "bytes",
    better: "lower",
    ours: ok(ours),
    peers: [{ name: "openapi-fetch", cell: ok(100) }],
    goal: { text: "≤ openapi-fetch", peer: "openapi-fetch", max: 1, unmet: "needs less runtime" },
  });

  it("reads a line against its goal: met at or under the ratio, else not met with what it would take", () => {
    expect(goalVerdict(line(100))).toBe("met");
    expect(goalVerdict(line(101))).toBe("not met: needs less runtime");
    expect(renderTable([line(90)])).toContain("| bundle | minified (lower is better); goal ≤ openapi-fetch: met | 90 B |");
  });

  it("has no verdict when the goal's peer was not measured, and none without a goal", () => {
    expect(goalVerdict({ ...line(90), peers: [{ name: "openapi-fetch", cell: notAvailable("not installed") }] })).toBeNull();
    expect(goalVerdict({ ...line(90), goal: undefined })).toBeNull();
  });
});
