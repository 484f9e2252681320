/**
 * Change levels as the commands take them on the command line (`--fail-on`).
 * A leaf module: the pipeline, the contract-change step and the CLI all read it,
 * and it reads none of them.
 */
import { InputError } from "./errors.js";

/** The lowest change severity that fails a run; `never` fails on nothing. */
export const FAIL_ON_LEVELS = ["breaking", "warning", "info", "docs", "never"] as const;

export type FailOn = (typeof FAIL_ON_LEVELS)[number];

export function parseFailOn(raw: string, flag = "--fail-on"): FailOn {
  if ((FAIL_ON_LEVELS as readonly string[]).includes(raw)) return raw as FailOn;
  throw new InputError(`${flag} must be one of ${FAIL_ON_LEVELS.join(", ")}; got ${JSON.stringify(raw)}.`);
}
