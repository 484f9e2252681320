/**
 * Escaping for the places spec text lands in generated validators: JS string
 * literals, block comments, and RegExp sources (compiled here once, to fail at
 * generation time rather than at the caller's module load).
 */
import { InputError } from "../../errors.js";
import { escapePointer } from "../../json.js";
import { stringLiteral } from "../escape.js";

/** A JS string literal for any text: the one escaper every emitter shares. */
export const jsString: (text: string) => string = stringLiteral;

/** Text safe inside a `/* … *\/` comment: no comment terminator, no line breaks. */
export function commentText(text: string): string {
  return text.replace(/\*\//g, "*\\/").replace(/[\r\n\u2028\u2029]+/g, " ");
}

/** RFC 6901 escaping of one pointer segment (generation-time twin of the runtime's escapePointer). */
export const pointerSegment: (key: string) => string = escapePointer;

/**
 * JSON Schema `pattern` is an ECMA-262 regex; like Ajv we compile it with the `u` flag.
 * A pattern that does not compile stops generation: emitting it would throw in every
 * consumer at import time.
 */
export function checkPattern(pattern: string, pointer: string): void {
  try {
    new RegExp(pattern, "u");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(
      `The spec's pattern ${jsString(pattern)} at ${pointer || "/"} is not a valid ECMA-262 regular expression with the "u" flag (${reason}). ` +
        `Validators cannot check it. Fix: correct the pattern with an action in openphone.overlay.json (target that schema, update "pattern").`,
    );
  }
}

/** A JS literal for a JSON primitive (const / enum values). */
export function jsPrimitive(value: string | number | boolean): string {
  return typeof value === "string" ? jsString(value) : String(value);
}
