/** The version `--accept` writes: semver's increments, including prereleases and build metadata. */
import { describe, expect, it } from "vitest";
import { bumpVersion } from "../../generator/contract-change.js";
import { InputError } from "../../generator/errors.js";

describe("bumpVersion", () => {
  it.each([
    ["1.2.3", "breaking", "2.0.0"],
    ["1.2.3", "warning", "1.3.0"],
    ["1.2.3", "info", "1.3.0"],
    ["1.2.3", "docs", "1.2.4"],
    ["1.2.3", undefined, "1.2.4"],
    ["0.4.1", "breaking", "1.0.0"],
    // A prerelease is released by the bump it is a prerelease of; it never becomes 1.0.NaN.
    ["1.0.0-beta", "docs", "1.0.0"],
    ["1.0.0-beta.2", "info", "1.0.0"],
    ["2.0.0-rc.1", "breaking", "2.0.0"],
    ["1.1.0-beta", "breaking", "2.0.0"],
    // Build metadata is not part of the version's order; the bump drops it.
    ["1.2.3+build.7", "info", "1.3.0"],
    ["1.2.3-alpha+exp.sha.5114f85", "docs", "1.2.3"],
  ] as const)("%s with a %s change → %s", (version, severity, expected) => {
    expect(bumpVersion(version, severity)).toBe(expected);
  });

  it("refuses a version that is not semver as bad input, naming it and the fix", () => {
    expect(() => bumpVersion("1.0", "info")).toThrow(InputError);
    expect(() => bumpVersion("one", "info")).toThrow(/"one".*not a semantic version.*"1\.0\.0"/);
  });
});
