import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseYamlSubset, type YamlValue } from "./yaml-subset.js";

type Mapping = { [key: string]: YamlValue };
const asMap = (value: YamlValue | undefined): Mapping => {
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new Error(`not a mapping: ${JSON.stringify(value)}`);
  return value;
};
const asList = (value: YamlValue | undefined): YamlValue[] => {
  if (!Array.isArray(value)) throw new Error(`not a list: ${JSON.stringify(value)}`);
  return value;
};

describe("parseYamlSubset", () => {
  it.each<[string, YamlValue]>([
    ["a: 1\nb: two words\n", { a: "1", b: "two words" }],
    ['a: "x # not a comment"  # a comment\n', { a: "x # not a comment" }],
    ["on:\n  push:\n  schedule:\n    - cron: '0 1 * * *'\n", { on: { push: "", schedule: [{ cron: "0 1 * * *" }] } }],
    [
      "steps:\n  - uses: a@v1\n    with:\n      k: v\n  - run: |\n      echo 1\n\n      echo 2\n",
      { steps: [{ uses: "a@v1", with: { k: "v" } }, { run: "echo 1\n\necho 2\n" }] },
    ],
    ["if: ${{ a == 'b' && '#x' || '' }}\n", { if: "${{ a == 'b' && '#x' || '' }}" }],
    ["list:\n  - one\n  - 'it''s'\n", { list: ["one", "it's"] }],
  ])("%j", (given, want) => {
    expect(parseYamlSubset(given)).toEqual(want);
  });

  it.each([
    ["a: [1, 2]\n", /beyond the subset/],
    ["a: 1\na: 2\n", /line 2: duplicate key "a"/],
    ["a: &x 1\n", /beyond the subset/],
    ["a:\n\tb: 1\n", /tabs/],
    ["a: 1\n  b: 2\n", /line 2/],
  ])("refuses %j", (given, error) => {
    expect(() => parseYamlSubset(given)).toThrow(error);
  });
});

const WORKFLOWS = {
  check: ".github/workflows/openphone-contract-check.yml",
  accept: ".github/workflows/openphone-contract-accept.yml",
} as const;
const read = (file: string): Mapping => asMap(parseYamlSubset(readFileSync(file, "utf8")));
const steps = (workflow: Mapping): Mapping[] => Object.values(asMap(workflow.jobs)).flatMap((job) => asList(asMap(job).steps).map(asMap));
const runs = (workflow: Mapping): string[] =>
  steps(workflow).flatMap((step) => (typeof step.run === "string" ? step.run.split("\n").filter(Boolean) : []));

/** The flags README.md's `npm run generate -- [flags]` table documents. */
const documentedFlags = new Set([...readFileSync("README.md", "utf8").matchAll(/^\| `(--[a-z-]+)/gm)].map((m) => m[1]!));
const packageScripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;
const WRAPPER = "npm run generate:ci --";

/** A valid 5-field POSIX cron expression of the forms these workflows use. */
const CRON = /^(\*|[0-5]?\d) (\*|1?\d|2[0-3]) (\*|[1-9]|[12]\d|3[01]) (\*|[1-9]|1[0-2]) (\*|[0-6](-[0-6])?(,[0-6])*)$/;

describe.each(Object.entries(WORKFLOWS))("workflow %s", (_name, file) => {
  const workflow = read(file);

  it("runs only `npm ci` and the generate wrapper, with flags the README documents", () => {
    const commands = runs(workflow);
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) {
      expect(command.startsWith("npm ci") || command.startsWith(WRAPPER), command).toBe(true);
      if (!command.startsWith(WRAPPER)) continue;
      const flags = [...command.slice(WRAPPER.length).matchAll(/--[a-z-]+/g)].map((m) => m[0]);
      expect(flags.length).toBeGreaterThan(0);
      for (const flag of flags) expect(documentedFlags, `${flag} in ${file}`).toContain(flag);
    }
    expect(existsSync("scripts/ci/run-generate.ts")).toBe(true);
    expect(packageScripts.generate).toBe("node scripts/launch.mjs generate");
    expect(existsSync("scripts/launch.mjs")).toBe(true);
  });

  it("pins every action to a major version and grants only what it needs", () => {
    for (const step of steps(workflow)) if (typeof step.uses === "string") expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+@v\d+$/);
    const permissions = asMap(workflow.permissions);
    expect(Object.keys(permissions).every((k) => ["contents", "pull-requests"].includes(k))).toBe(true);
  });

  it("runs on a daily or weekday schedule with a valid cron, and by hand", () => {
    const on = asMap(workflow.on);
    const [schedule] = asList(on.schedule).map(asMap);
    expect(String(schedule?.cron)).toMatch(CRON);
    expect(on).toHaveProperty("workflow_dispatch");
  });

  it("works from a subfolder: every step runs in CODEGEN_DIR, and the npm cache keys on its lockfile", () => {
    expect(asMap(workflow.env).CODEGEN_DIR).toBe(".");
    for (const job of Object.values(asMap(workflow.jobs))) {
      expect(asMap(asMap(asMap(job).defaults).run)["working-directory"]).toBe("${{ env.CODEGEN_DIR }}");
    }
    const setupNode = steps(workflow).find((s) => String(s.uses).startsWith("actions/setup-node@"));
    expect(asMap(setupNode?.with)["cache-dependency-path"]).toBe("${{ env.CODEGEN_DIR }}/package-lock.json");
  });
});

describe("the check workflow", () => {
  const workflow = read(WORKFLOWS.check);
  const commands = runs(workflow);

  it("runs on pull requests and fails on a contract change (no --fail-on never, no --accept)", () => {
    expect(asMap(workflow.on)).toHaveProperty("pull_request");
    const compare = commands.find((c) => c.includes("--report"));
    expect(compare).toBeDefined();
    expect(compare).not.toMatch(/--accept|--fail-on\s+never|--offline/);
  });

  it("refuses a stale or hand-edited generated/", () => {
    expect(commands).toContain(`${WRAPPER} --offline --check`);
  });

  it("requires the upstream on the schedule, not on pull requests", () => {
    expect(commands.find((c) => c.includes("--report"))).toContain(
      "${{ github.event_name != 'pull_request' && '--require-upstream' || '' }}",
    );
  });

  it("is read-only", () => {
    expect(asMap(workflow.permissions)).toEqual({ contents: "read" });
  });
});

describe("the accept workflow", () => {
  const workflow = read(WORKFLOWS.accept);
  const all = steps(workflow);
  const generate = all.find((s) => s.id === "generate");
  const pullRequest = all.find((s) => String(s.uses).startsWith("peter-evans/create-pull-request@"));

  it("accepts, requiring the upstream, and writes the report", () => {
    expect(String(generate?.run)).toBe(`${WRAPPER} --accept --require-upstream --report "$RUNNER_TEMP/openphone-contract-report.md"`);
  });

  it("opens the pull request only when the contract changed, with the report as its body and only generated/ in it", () => {
    expect(pullRequest?.if).toBe("${{ steps.generate.outputs.changed == 'true' }}");
    const inputs = asMap(pullRequest?.with);
    expect(inputs["body-path"]).toBe("${{ runner.temp }}/openphone-contract-report.md");
    expect(inputs["add-paths"]).toBe("${{ env.CODEGEN_DIR }}/generated,${{ env.CODEGEN_DIR }}/generated-2026-03-30");
    expect(inputs.branch).toBe("openphone/contract-update");
  });

  it("may write contents and pull requests, nothing else", () => {
    expect(asMap(workflow.permissions)).toEqual({ contents: "write", "pull-requests": "write" });
  });
});

describe("README.md", () => {
  it("documents both workflows", () => {
    const readme = readFileSync("README.md", "utf8");
    for (const file of Object.values(WORKFLOWS)) expect(readme).toContain(file);
  });
});
