/**
 * Row "overhead": per-request cost of each client calling sendMessage against a
 * loopback node:http server (child process) that answers a canned 202 body.
 * Sequential requests; warm-up first, then rounds interleaved across clients;
 * per-request time = median over rounds of (round time ÷ requests per round).
 * Reported as µs per request and as a ratio to plain fetch, in wall time and in
 * CPU time of the client process (the steadier of the two on a shared machine).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import createOpenapiFetch from "openapi-fetch";
import type { JsonObject } from "../../../generator/core.js";
import type { BenchContext } from "../context.js";
import { buildExample, responseSchema } from "../example.js";
import { rotate } from "../measure.js";
import { oursSendModuleSource, SEND_MESSAGE_INPUT } from "../ours.js";
import { BIN, TMP } from "../paths.js";
import { ensurePeerOutputs, PEER_OUTPUT } from "../peers.js";
import { median } from "../stats.js";
import { type Cell, failed, type Line, ok } from "../table.js";
import { errorCell } from "./common.js";

type Send = () => Promise<unknown>;

async function startServer(bodyFile: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [BIN.tsx, join(import.meta.dirname, "..", "loopback-server.ts"), bodyFile], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let text = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      text += chunk.toString("utf8");
      if (text.includes("\n")) resolve(Number(text.trim()));
    });
    child.on("exit", (code) => reject(new Error(`loopback server exited with ${code} before listening`)));
  });
  return { child, port };
}

function plainFetch(baseUrl: string): Send {
  return async () => {
    const response = await fetch(`${baseUrl}/v1/messages`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: "test-key" },
      body: JSON.stringify(SEND_MESSAGE_INPUT),
    });
    if (response.status !== 202) throw new Error(`plain fetch got HTTP ${response.status}`);
    return response.json();
  };
}

interface LooseOpenapiFetch {
  POST(path: string, init: { body: unknown }): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

function openapiFetch(baseUrl: string): Send {
  const client = createOpenapiFetch({ baseUrl, headers: { Authorization: "test-key" } }) as unknown as LooseOpenapiFetch;
  return async () => {
    const result = await client.POST("/v1/messages", { body: SEND_MESSAGE_INPUT });
    if (result.response.status !== 202) throw new Error(`openapi-fetch got HTTP ${result.response.status}`);
    return result.data;
  };
}

interface LooseHeyApi {
  createClient(config: unknown): unknown;
  createConfig(config: unknown): unknown;
}

async function heyApi(baseUrl: string): Promise<Send> {
  const clientModule = (await import(pathToFileURL(join(PEER_OUTPUT.heyApi, "client", "index.ts")).href)) as LooseHeyApi;
  const sdk = (await import(pathToFileURL(join(PEER_OUTPUT.heyApi, "sdk.gen.ts")).href)) as {
    sendMessageV1(options: unknown): Promise<{ data?: unknown; response: Response }>;
  };
  const client = clientModule.createClient(clientModule.createConfig({ baseUrl }));
  return async () => {
    const result = await sdk.sendMessageV1({ client, body: SEND_MESSAGE_INPUT, headers: { Authorization: "test-key" } });
    if (result.response.status !== 202) throw new Error(`hey-api got HTTP ${result.response.status}`);
    return result.data;
  };
}

async function ours(baseUrl: string): Promise<Send> {
  const dir = join(TMP, "overhead");
  await mkdir(dir, { recursive: true });
  const file = join(dir, "ours-send.ts");
  await writeFile(file, oursSendModuleSource(dir, "createClient"));
  const module = (await import(pathToFileURL(file).href)) as { makeSend(baseUrl: string): Send };
  const send = module.makeSend(baseUrl);
  return async () => {
    const data = await send();
    if (data === undefined) throw new Error("ours resolved to no data");
    return data;
  };
}

export async function overheadRow(context: BenchContext): Promise<Line[]> {
  await ensurePeerOutputs(context);
  const spec = JSON.parse(await readFile(context.spec, "utf8")) as JsonObject;
  const dir = join(TMP, "overhead");
  await mkdir(dir, { recursive: true });
  const bodyFile = join(dir, "send-message-202.json");
  await writeFile(bodyFile, JSON.stringify(buildExample(responseSchema(spec, "sendMessage_v1", "202"), spec)));
  const { child, port } = await startServer(bodyFile);
  try {
    const baseUrl = `http://127.0.0.1:${port}`;
    const makers: Array<[string, () => Promise<Send>]> = [
      ["plain fetch", async () => plainFetch(baseUrl)],
      ["ours", () => ours(baseUrl)],
      ["openapi-fetch", async () => openapiFetch(baseUrl)],
      ["hey-api client", () => heyApi(baseUrl)],
    ];
    const warmup = context.quick ? 100 : 300;
    const rounds = context.quick ? 3 : 9;
    const perRound = context.quick ? 200 : 400;
    const cells = new Map<string, Cell>();
    const clients: Array<{ name: string; send: Send; samples: number[]; cpu: number[] }> = [];
    for (const [name, make] of makers) {
      try {
        const send = await make();
        for (let i = 0; i < warmup; i++) await send();
        clients.push({ name, send, samples: [], cpu: [] });
      } catch (error) {
        cells.set(name, errorCell(error));
      }
    }
    for (let round = 0; round < rounds; round++) {
      for (const client of rotate(clients, round)) {
        if (cells.has(client.name)) continue;
        try {
          const cpuBefore = process.cpuUsage();
          const started = process.hrtime.bigint();
          for (let i = 0; i < perRound; i++) await client.send();
          client.samples.push(Number(process.hrtime.bigint() - started) / 1e3 / perRound);
          const cpu = process.cpuUsage(cpuBefore);
          client.cpu.push((cpu.user + cpu.system) / perRound);
        } catch (error) {
          cells.set(client.name, failed(error instanceof Error ? error.message : String(error)));
        }
      }
    }
    const cpuCells = new Map<string, Cell>();
    for (const client of clients) {
      if (cells.has(client.name)) continue;
      cells.set(client.name, ok(median(client.samples) / 1000, { samples: client.samples.map((us) => us / 1000) }));
      cpuCells.set(client.name, ok(median(client.cpu) / 1000, { samples: client.cpu.map((us) => us / 1000) }));
    }
    context.log(`  ${clients.length} clients, ${rounds}×${perRound} requests each after ${warmup} warm-up`);
    const ordered = new Map(makers.map(([name]) => [name, cells.get(name) ?? failed("missing")]));
    const peers = [...ordered].filter(([name]) => name !== "ours").map(([name, cell]) => ({ name, cell }));
    return [
      {
        row: "overhead",
        measured: "time per sequential sendMessage request, loopback server",
        unit: "ms",
        better: "lower",
        ours: cells.get("ours") ?? failed("missing"),
        peers,
        goal: {
          text: "≤ ×1.05 plain fetch",
          peer: "plain fetch",
          max: 1.05,
          unmet: "the per-attempt AbortController and timer (a timeout needs both) and the body read through the stream reader",
        },
      },
      ...overheadVsFetch(ordered, "added per request above plain fetch"),
      // CPU time of this process per request: the client's own work (plus undici's), less
      // sensitive than wall time to the scheduling noise of a shared machine.
      ...overheadVsFetch(
        new Map(
          makers.map(([name]) => [
            name,
            cells.get(name)?.status === "ok" ? (cpuCells.get(name) ?? failed("missing")) : (cells.get(name) ?? failed("missing")),
          ]),
        ),
        "CPU time per request (client process) above plain fetch",
      ),
    ];
  } finally {
    child.kill("SIGTERM");
  }
}

/** Overhead proper: each client's per-request time minus plain fetch's, the floor every client builds on. */
function overheadVsFetch(cells: Map<string, Cell>, measured: string): Line[] {
  const fetchCell = cells.get("plain fetch");
  if (fetchCell?.status !== "ok") return [];
  const above = (cell: Cell | undefined): Cell => {
    if (cell === undefined) return failed("missing");
    if (cell.status !== "ok") return cell;
    return ok(cell.value - fetchCell.value, { note: `×${(cell.value / fetchCell.value).toFixed(2)} plain fetch` });
  };
  const peers = [...cells]
    .filter(([name]) => name !== "ours" && name !== "plain fetch")
    .map(([name, cell]) => ({ name, cell: above(cell) }));
  return [
    {
      row: "overhead",
      measured,
      unit: "ms",
      better: "lower",
      ours: above(cells.get("ours")),
      peers,
    },
  ];
}
