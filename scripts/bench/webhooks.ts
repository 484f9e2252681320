/**
 * Webhook figures, on demand (not a row of `npm run bench`):
 *
 *   node scripts/bench/install.mjs     # the bench's peers, standardwebhooks among them (once)
 *   npx tsx scripts/bench/webhooks.ts
 *
 * 1. Size: what a receiver ships (esbuild --bundle --minify --format=esm, platform browser,
 *    then gzip level 9) for `verifyWebhook` alone, `createWebhookParser` with 1 and 3 events
 *    of one signature scheme (and 3 of both), and `parseWebhook` (every event).
 * 2. Speed: CPU time per verification of a 1 KB body (Standard Webhooks scheme), ours and the
 *    reference implementation (standardwebhooks, pinned in scripts/bench/package.json), in
 *    interleaved rounds; medians and the ratio. CPU time, not wall time: Web Crypto's HMAC
 *    runs on libuv's pool, whose wall time depends on the machine's load.
 */
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const ROOT = process.cwd();
const WEBHOOKS = join(ROOT, "generated/dist/webhooks.js");
const BENCH = join(ROOT, "scripts/bench");

/** Gzipped size of a bundle that imports `names` and keeps them. */
async function bundleSize(label: string, names: string[]): Promise<string> {
  const list = names.join(", ");
  const result = await build({
    stdin: { contents: `import { ${list} } from ${JSON.stringify(WEBHOOKS)};\nglobalThis.entry = [${list}];\n`, resolveDir: ROOT },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.contents;
  return `${label}: ${code.length} B minified, ${gzipSync(code, { level: 9 }).length} B gzip`;
}

interface Verifier {
  name: string;
  verify: () => Promise<unknown>;
}

async function cpuMicrosPerCall(fn: () => Promise<unknown>, calls: number): Promise<number> {
  const start = process.cpuUsage();
  for (let i = 0; i < calls; i++) await fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / calls;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

async function main(): Promise<void> {
  const parser = (events: string[]) => ["createWebhookParser", ...events];
  const sizes: Array<[string, string[]]> = [
    ["verifyWebhook only", ["verifyWebhook"]],
    ["createWebhookParser, 1 legacy event (message.received)", parser(["messageReceivedEvent"])],
    ["createWebhookParser, 1 2026-03-30 event (message.received)", parser(["quoMessageReceivedEvent"])],
    ["createWebhookParser, 3 legacy events", parser(["messageReceivedEvent", "callCompletedEvent", "contactUpdatedEvent"])],
    [
      "createWebhookParser, 3 2026-03-30 events",
      parser(["quoMessageReceivedEvent", "quoCallCompletedEvent", "quoCallSummaryCompletedEvent"]),
    ],
    ["createWebhookParser, 3 events of both schemes", parser(["messageReceivedEvent", "callCompletedEvent", "quoMessageReceivedEvent"])],
    ["parseWebhook (all events)", ["parseWebhook"]],
  ];
  for (const [label, names] of sizes) console.log(await bundleSize(label, names));

  const { verifyWebhook } = (await import(pathToFileURL(WEBHOOKS).href)) as typeof import("../../generated/src/webhooks.js");
  const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  const skeleton = JSON.stringify({ type: "message.received", data: { text: "" } });
  const body = skeleton.replace('"text":""', `"text":"${"x".repeat(1024 - skeleton.length)}"`);
  const id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  const timestamp = String(Math.floor(Date.now() / 1000));
  const { createHmac } = await import("node:crypto");
  const signature = createHmac("sha256", Buffer.from(secret.slice(6), "base64"))
    .update(`${id}.${timestamp}.${body}`)
    .digest("base64");
  const headers = { "webhook-id": id, "webhook-timestamp": timestamp, "webhook-signature": `v1,${signature}` };
  const verifiers: Verifier[] = [{ name: "openphone-api verifyWebhook", verify: () => verifyWebhook({ body, headers, secret }) }];
  try {
    // The reference is one of the bench's peers (scripts/bench/package.json), not a root dependency.
    const reference = createRequire(join(BENCH, "package.json"))("standardwebhooks") as {
      Webhook: new (secret: string) => { verify(body: string, headers: Record<string, string>): unknown };
    };
    const webhook = new reference.Webhook(secret);
    verifiers.push({ name: "standardwebhooks (reference)", verify: async () => webhook.verify(body, headers) });
  } catch {
    console.log("standardwebhooks is not installed: run `node scripts/bench/install.mjs` to compare.");
  }
  for (const v of verifiers) await cpuMicrosPerCall(v.verify, 3000); // warm-up
  const samples = verifiers.map(() => [] as number[]);
  for (let round = 0; round < 11; round++) {
    for (const [i, v] of verifiers.entries()) samples[i]!.push(await cpuMicrosPerCall(v.verify, 2000));
  }
  console.log(`1 KB body (${Buffer.byteLength(body)} B), Node ${process.version}, median of 11 interleaved rounds of 2000:`);
  for (const [i, v] of verifiers.entries()) {
    const micros = median(samples[i]!);
    console.log(`  ${v.name}: ${micros.toFixed(1)} µs CPU per verification (${Math.round(1e6 / micros)} per CPU-second)`);
  }
  if (verifiers.length === 2) {
    const ratios = samples[0]!.map((ours, i) => samples[1]![i]! / ours);
    console.log(`  speed ratio ours/reference (>1 = ours faster): median ${median(ratios).toFixed(2)}`);
  }
}

await main();
