/**
 * Times ONE validator on ONE payload in a fresh process, so no validator's JIT
 * state (inline caches, deopts) leaks into another's figures. Run by rows/validation.ts:
 *   tsx validation-worker.ts <validator> <case id> <payload.json> <spec.json> <batches> <batch ms>
 * Prints one JSON line: {"rates":[ops/s per batch]} or {"rejected":true} or {"error":"..."}.
 */
import { readFileSync } from "node:fs";
import { NotBuilt } from "./ours.js";
import { CASES, loadValidator, VALIDATORS, type ValidatorName } from "./validators.js";

const [name, caseId, payloadFile, specFile, batchesText, batchMsText] = process.argv.slice(2);

function calibrate(check: (v: unknown) => boolean, payload: unknown, targetMs: number): number {
  let iterations = 16;
  for (;;) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) check(payload);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (ms >= targetMs / 4 || iterations > 1e8) return Math.max(16, Math.round((iterations * targetMs) / Math.max(ms, 0.001)));
    iterations *= 4;
  }
}

async function main(): Promise<unknown> {
  const c = CASES.find((x) => x.id === caseId);
  if (!c || !(VALIDATORS as readonly string[]).includes(name ?? "") || !payloadFile || !specFile)
    throw new Error(`bad arguments: ${process.argv.slice(2).join(" ")}`);
  let check: (v: unknown) => boolean;
  try {
    check = await loadValidator(name as ValidatorName, c, specFile);
  } catch (error) {
    if (error instanceof NotBuilt) return { notBuilt: error.message };
    throw error;
  }
  const payload: unknown = JSON.parse(readFileSync(payloadFile, "utf8"));
  if (!check(payload)) return { rejected: true };
  const targetMs = Number(batchMsText);
  const iterations = calibrate(check, payload, targetMs);
  // One untimed batch at full length: the JIT settles before the timed ones.
  for (let i = 0; i < iterations; i++) check(payload);
  const rates: number[] = [];
  for (let batch = 0; batch < Number(batchesText); batch++) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) if (!check(payload)) throw new Error("rejected the payload mid-run");
    rates.push(iterations / (Number(process.hrtime.bigint() - started) / 1e9));
  }
  return { rates };
}

main().then(
  (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
  (error: unknown) =>
    process.stdout.write(`${JSON.stringify({ error: error instanceof Error ? error.message.split("\n")[0] : String(error) })}\n`),
);
