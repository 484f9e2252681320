/**
 * The small local inputs of `generate` (--names, --overlay, --ignore): missing, unreadable,
 * not JSON, or JSON the names file does not allow. Each is bad input: exit 2
 * naming the file and the fix, no stack, nothing written. A missing explicit
 * names file used to be ignored (public type names silently changed).
 */
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chownTree, IS_ROOT, isCleanRefusal, READ_ONLY_TESTABLE, runCli, UNPRIVILEGED, workspace } from "./generator-cli.js";

interface Case {
  name: string;
  /** Prepares the workspace; returns the extra flags. */
  given: (dir: string) => string[];
  want: RegExp;
}

const write = (dir: string, file: string, text: string): string => {
  writeFileSync(join(dir, file), text);
  return file;
};

const cases: Case[] = [
  {
    name: "--names pointing at no file",
    given: () => ["--names", "missing.names.json"],
    want: /names file missing\.names\.json \(--names\) does not exist\. Check the path .*or drop --names/,
  },
  {
    name: "a names file that is not JSON",
    given: (dir) => ["--names", write(dir, "bad.names.json", '{ "rename": { "Thing": "Item" ')],
    want: /names file bad\.names\.json \(--names\) is not valid JSON \(.+\)\. Fix the syntax/,
  },
  {
    name: "a names file with an unknown key",
    given: (dir) => ["--names", write(dir, "key.names.json", JSON.stringify({ renames: { Thing: "Item" } }))],
    want: /key\.names\.json: key "renames" is not known/,
  },
  {
    name: "a names file with a name that is no type name",
    given: (dir) => ["--names", write(dir, "lower.names.json", JSON.stringify({ rename: { Thing: "item" } }))],
    want: /lower\.names\.json: "rename"\."Thing" is "item", not a valid type name/,
  },
  {
    name: "a names file that is a folder",
    given: (dir) => {
      mkdirSync(join(dir, "folder.names.json"));
      return ["--names", "folder.names.json"];
    },
    want: /names file folder\.names\.json \(--names\) is a folder, not a file/,
  },
  {
    name: "--overlay pointing at no file",
    given: () => ["--overlay", "missing.overlay.json"],
    want: /overlay missing\.overlay\.json \(--overlay\) does not exist/,
  },
  {
    name: "an overlay that is not JSON",
    given: (dir) => ["--overlay", write(dir, "bad.overlay.json", "overlay: 1.0.0\n")],
    want: /overlay bad\.overlay\.json \(--overlay\) is not valid JSON .* an OpenAPI Overlay 1\.0 document/,
  },
  {
    name: "an overlay that is a folder",
    given: (dir) => {
      mkdirSync(join(dir, "folder.overlay.json"));
      return ["--overlay", "folder.overlay.json"];
    },
    want: /overlay folder\.overlay\.json \(--overlay\) is a folder/,
  },
  {
    name: "--ignore pointing at no file",
    given: () => ["--ignore", "missing.ignore.json"],
    want: /ignore file missing\.ignore\.json given to --ignore does not exist/,
  },
];

describe("names and overlay files: bad input exits 2 naming the file", () => {
  it.each(cases)(
    "$name",
    async ({ given, want }) => {
      const dir = workspace("opgen-inputs-");
      const flags = given(dir);
      const run = await runCli(["generate", "--spec", "v1.json", "--out", "generated", "--accept", ...flags], { cwd: dir });
      expect(isCleanRefusal(run), run.stderr).toBe(true);
      expect(run.stderr).toMatch(want);
      expect(existsSync(join(dir, "generated"))).toBe(false);
    },
    60_000,
  );

  it.skipIf(!READ_ONLY_TESTABLE.ok)(
    `a names file the user may not read${IS_ROOT ? " (run as nobody: root reads anything)" : ""}${READ_ONLY_TESTABLE.ok ? "" : ` (${READ_ONLY_TESTABLE.reason})`}`,
    async () => {
      const dir = workspace("opgen-inputs-");
      const file = write(dir, "secret.names.json", "{}");
      if (IS_ROOT) chownTree(dir, UNPRIVILEGED);
      chmodSync(join(dir, file), 0o000);
      const run = await runCli(["generate", "--spec", "v1.json", "--out", "generated", "--accept", "--names", file], {
        cwd: dir,
        ...(IS_ROOT ? { user: UNPRIVILEGED } : {}),
      });
      expect(isCleanRefusal(run), run.stderr).toBe(true);
      expect(run.stderr).toMatch(/Cannot read the names file secret\.names\.json \(--names\): EACCES\. Fix its permissions/);
      expect(existsSync(join(dir, "generated"))).toBe(false);
    },
    60_000,
  );
});
