/**
 * Pure arithmetic and formatting for the benchmark table. Every figure the bench
 * prints goes through here, so the unit tests in test/bench/ pin the rounding.
 */

/** Median of a non-empty sample (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median() of an empty sample: a measurement produced no runs.");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

/** ours ÷ peer; null when it means nothing: a peer figure that cannot divide (zero, negative), a negative ours, or not finite. */
export function ratio(ours: number, peer: number): number | null {
  if (!Number.isFinite(ours) || !Number.isFinite(peer) || peer <= 0 || ours < 0) return null;
  return ours / peer;
}

/** Growth of each step over the one before: [a, b, c] → [b/a, c/b]; null where a step cannot divide. */
export function growthFactors(values: readonly number[]): Array<number | null> {
  const out: Array<number | null> = [];
  for (let i = 1; i < values.length; i++) out.push(ratio(values[i] as number, values[i - 1] as number));
  return out;
}

/** Three significant digits at most, no exponent: 1234 → "1234", 12.345 → "12.3", 0.01234 → "0.0123". */
export function significant(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 999.5) return String(Math.round(value));
  const rounded = Number(value.toPrecision(3));
  if (rounded === 0) return "0";
  const magnitude = Math.floor(Math.log10(Math.abs(rounded)));
  return rounded.toFixed(Math.max(0, 2 - magnitude));
}

export function formatRatio(value: number | null): string {
  return value === null ? "—" : `×${significant(value)}`;
}

/**
 * `value` in the largest unit whose figure stays ≥ 1 after rounding to three
 * significant digits (so 999 999 ops/s reads "1.00 M ops/s", not "1000 k ops/s").
 * `units` go from the smallest scale to the largest.
 */
function scaled(value: number, units: ReadonlyArray<readonly [number, string]>): string {
  const abs = Math.abs(value);
  for (let i = units.length - 1; i >= 0; i--) {
    const [scale, suffix] = units[i] as readonly [number, string];
    if (i === 0 || Number(significant(abs / scale)) >= 1) return `${significant(value / scale)}${suffix}`;
  }
  return String(value);
}

/** Milliseconds as the unit a reader expects: "850 ms", "1.69 s", "12.3 µs". */
export function formatDuration(ms: number): string {
  return scaled(ms, [
    [0.001, " µs"],
    [1, " ms"],
    [1000, " s"],
  ]);
}

/** Bytes in binary units: "512 B", "226 KiB", "1.50 MiB". */
export function formatBytes(bytes: number): string {
  if (Math.abs(bytes) < 1000) return `${Math.round(bytes)} B`;
  return scaled(bytes, [
    [1024, " KiB"],
    [1024 ** 2, " MiB"],
    [1024 ** 3, " GiB"],
  ]);
}

/** Operations per second: "950 ops/s", "45.6 k ops/s", "1.23 M ops/s". */
export function formatRate(perSecond: number): string {
  return scaled(perSecond, [
    [1, " ops/s"],
    [1e3, " k ops/s"],
    [1e6, " M ops/s"],
  ]);
}
