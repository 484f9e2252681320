/**
 * The upstream document is untrusted input. Each row of the hostile
 * corpus (test/fixtures/hostile/*.json, plus the huge ones built here at run
 * time) runs the whole `generate` into a temp folder. Wanted, per row: either
 *   - "generates": exit 0, every generated source type-checks (one tsc run over
 *     all rows), the hostile strings appear only as inert data (no identifier
 *     made of them; the compiled JS loads in a child with traps armed and none
 *     fires), or
 *   - "refused": exit 2 (InputError) with a message matching `message`, and
 *     nothing written.
 * Rows marked `bug` currently end differently (exit 4); they are `it.fails`
 * until the generator is fixed (see the hardening report).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SpecServer, startSpecServer } from "../../scripts/serve-spec.js";
import { tempDir } from "../helpers/paths.js";
import { breakouts, generateInto, HOSTILE, loadCompiled, type Outcome, runCli, typecheckGenerated } from "./harness.js";

type Want = { generates: true; mustContain?: string[] } | { refused: RegExp };

interface Row {
  name: string;
  /** Fixture file name, or a builder writing the spec and returning its path. */
  spec: string | (() => string);
  want: Want;
  /** Set when the generator currently does something else: the reason, reported to the lead. */
  bug?: string;
}

/** The hostile payloads the fixtures carry (see fixtures/hostile/*.json). */
const PAYLOADS = ["*/ pwnedComment(); /*", '"; pwnedString(); "; process.exit(7); "', "${globalThis.__pwned=1}", "`; pwnedTick(); `"];

let server: SpecServer;
const fixture = (name: string) => join(HOSTILE, name);

/** Built as text: JSON.stringify itself would overflow the stack at this depth. */
function buildNesting(levels: number): string {
  const schema = `${'{"type":"object","properties":{"a":'.repeat(levels)}{"type":"string"}${"}}".repeat(levels)}`;
  const text = JSON.stringify(docWith({ "/v1/deep": { get: { operationId: "getDeep_v1", responses: ok("__SCHEMA__") } } })).replace(
    '"__SCHEMA__"',
    schema,
  );
  const file = join(builtDir, "nesting.json");
  writeFileSync(file, text);
  return file;
}

function buildBigDescription(bytes: number): string {
  const unit = `${PAYLOADS.join(" ")} \n`;
  const description = unit.repeat(Math.ceil(bytes / unit.length));
  return writeSpec(
    "big-description.json",
    docWith({
      "/v1/big": { get: { operationId: "getBig_v1", description, summary: "big", responses: ok({ type: "string", description }) } },
    }),
  );
}

function buildHttpRef(): string {
  const text = readFileSync(fixture("ref-http.json"), "utf8").replace("__PORT__", new URL(server.url).port);
  return writeSpec("ref-http.json", JSON.parse(text));
}

const rows: Row[] = [
  {
    name: "descriptions, summaries, titles, examples and defaults full of */ <!-- ` ${} quotes",
    spec: "descriptions.json",
    want: { generates: true, mustContain: ["pwnedComment"] },
  },
  {
    name: "enum values, consts, defaults and examples with quotes, backslashes, ${}, NUL, __proto__",
    spec: "enums.json",
    want: { generates: true, mustContain: ["pwnedString"] },
  },
  { name: "catastrophic regular expressions in pattern (never evaluated at generation)", spec: "patterns.json", want: { generates: true } },
  {
    name: "an invalid regular expression in pattern",
    spec: "pattern-invalid.json",
    want: { refused: /pattern "\(\[a-z" at #\/paths\/.*is not a valid ECMA-262 regular expression/ },
  },
  { name: "a $ref cycle through components (recursive types)", spec: "ref-cycle.json", want: { generates: true } },
  {
    name: "two schemas and three operationIds that map to the same name",
    spec: "name-clash.json",
    // getThing_v1, getThing_v2 and get-thing would all be the function getThing: refused, naming both and the fix.
    want: { refused: /both become the function getThing\. Give one of them a distinct operationId/ },
  },
  {
    name: "property names, parameter names, schema names and operationIds that are not identifiers",
    spec: "names.json",
    // openapi-typescript (through @redocly) cannot walk a property named hasOwnProperty; our own stages can.
    // Until it can, the run stops with a clear error instead of a crash.
    want: { refused: /openapi-typescript could not turn the spec into the raw `paths`\/`operations` types/ },
  },
  {
    name: "the same names without hasOwnProperty: reserved words as operationIds (class, delete...) become classOperation, ...",
    spec: "names-reserved.json",
    want: { generates: true },
  },
  {
    name: "duplicate operationIds",
    spec: "duplicate-operationids.json",
    want: { refused: /operationId.*getThing_v1|getThing_v1.*operationId/ },
  },
  {
    name: "a $ref that only points at another $ref that points back (no schema at all)",
    spec: "ref-loop.json",
    want: { refused: /\$ref loop that never reaches a schema.*Loop1|Loop2/ },
  },
  { name: "$ref to file:///etc/passwd", spec: "ref-file.json", want: { refused: /external \$ref "file:\/\/\/etc\/passwd"/ } },
  {
    name: "$ref to a relative path outside the document",
    spec: "ref-relative.json",
    want: { refused: /external \$ref "\.\.\/\.\.\/.*etc\/passwd"/ },
  },
  {
    name: "$ref to http://127.0.0.1 (the server must receive nothing)",
    spec: buildHttpRef,
    want: { refused: /external \$ref "http:\/\/127\.0\.0\.1:\d+\/schema\.json#\/Thing"/ },
  },
  { name: "10,000-level nesting", spec: () => buildNesting(10_000), want: { refused: /nests deeper than 256 levels/ } },
  {
    name: "a 5 MB description made of hostile payloads",
    spec: () => buildBigDescription(5 * 2 ** 20),
    want: { generates: true, mustContain: ["pwnedTick"] },
  },
];

const outcomes = new Map<string, Outcome>();
const PASSWD = (() => {
  try {
    return readFileSync("/etc/passwd", "utf8").split("\n")[0] ?? "";
  } catch {
    return "";
  }
})();

beforeAll(async () => {
  server = await startSpecServer({});
  for (const row of rows) {
    const spec = typeof row.spec === "string" ? fixture(row.spec) : row.spec();
    outcomes.set(row.name, await generateInto(spec));
  }
}, 240_000);

afterAll(async () => {
  await server.close();
});

describe("hostile corpus: what generate does with each case", () => {
  for (const row of rows) {
    const test = row.bug ? it.fails : it;
    if ("generates" in row.want) {
      const want = row.want;
      test(`${row.name} → generates`, () => {
        const outcome = outcomes.get(row.name)!;
        expect(outcome.error?.stack ?? "").toBe("");
        expect(outcome.code).toBe(0);
        expect(outcome.tree.has("openapi.json")).toBe(true);
        expect(breakouts(outcome.tree)).toEqual([]);
        const code = [...outcome.tree]
          .filter(([p]) => p.startsWith("src/"))
          .map(([, t]) => t)
          .join("\n");
        for (const text of want.mustContain ?? []) expect(code).toContain(text);
      });
    } else {
      const want = row.want;
      test(`${row.name} → refused (exit 2), nothing written`, () => {
        const outcome = outcomes.get(row.name)!;
        expect(outcome.code).toBe(2);
        expect(outcome.error?.message).toMatch(want.refused);
        expect([...outcome.tree.keys()]).toEqual([]);
        if (PASSWD) expect(outcome.error?.message).not.toContain(PASSWD);
      });
    }
  }

  it("no request ever reached the loopback server named by a $ref", () => {
    expect(server.requests).toEqual([]);
  });

  it("every generated package type-checks (tsconfig.generated.json options, one tsc run)", async () => {
    const dirs = rows.filter((r) => "generates" in r.want && !r.bug).map((r) => outcomes.get(r.name)!.out);
    expect(await typecheckGenerated(dirs)).toBe("");
  }, 120_000);

  it("loading every compiled file (ESM and CommonJS) executes nothing from the spec", async () => {
    const dirs = rows.filter((r) => "generates" in r.want && !r.bug).map((r) => outcomes.get(r.name)!.out);
    const loaded = await loadCompiled(dirs);
    expect(loaded.output).toMatch(/^loaded \d+ files/);
    expect(loaded.marker).toBe(false);
    expect(loaded.code).toBe(0);
  }, 60_000);

  it("no output of any case contains the contents of /etc/passwd", () => {
    if (!PASSWD) return;
    for (const outcome of outcomes.values()) {
      for (const text of outcome.tree.values()) expect(text.includes(PASSWD)).toBe(false);
      expect(outcome.log).not.toContain(PASSWD);
    }
  });
});

describe("the CLI's exit code and message for refused input", () => {
  const cliRows: Array<[string, string, RegExp]> = [
    ["ref-file.json", "file:///etc/passwd", /^error: .*external \$ref "file:\/\/\/etc\/passwd"/m],
    ["ref-relative.json", "../etc/passwd", /^error: .*external \$ref/m],
  ];
  for (const [file, label, message] of cliRows) {
    it(`${label}: exit 2, one-paragraph error, nothing written`, async () => {
      const out = join(tempDir("opgen-cli-"), "generated");
      const result = await runCli(["generate", "--spec", fixture(file), "--accept", "--out", out]);
      expect(result.stderr).toMatch(message);
      expect(result.code).toBe(2);
      if (PASSWD) expect(result.stdout + result.stderr).not.toContain(PASSWD);
    });
  }
});

// ------------------------------------------------------------ helpers

function ok(schema: unknown): unknown {
  return { "200": { description: "ok", content: { "application/json": { schema } } } };
}

function docWith(paths: unknown): unknown {
  return { openapi: "3.1.0", info: { title: "Hostile", version: "1.0.0" }, servers: [{ url: "https://api.example.test" }], paths };
}

const builtDir = tempDir("opgen-built-");
function writeSpec(name: string, document: unknown): string {
  const file = join(builtDir, name);
  writeFileSync(file, JSON.stringify(document));
  return file;
}
