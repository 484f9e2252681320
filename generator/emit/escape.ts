/**
 * Escaping of spec strings for every place they land in generated TypeScript.
 * Generated code never trusts the spec: a description must not end its comment,
 * a property name must not break out of its key, a value must not end its string.
 */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A JS/TS string literal (double quotes) for any text. */
export function stringLiteral(text: string): string {
  // JSON.stringify escapes quotes, backslashes and control characters; U+2028/9 are
  // escaped as well so the output is safe in every JS engine and tool.
  return JSON.stringify(text)
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** A property key: bare when it is an identifier, a quoted string literal otherwise. */
export function propertyKey(name: string): string {
  return IDENTIFIER.test(name) ? name : stringLiteral(name);
}

/** True when `name` can be written as a bare identifier. */
export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name);
}

/** Text safe inside a `/** ... *\/` block: no comment terminator, LF only. */
export function commentSafe(text: string): string {
  return text.replace(/\r\n?|\u2028|\u2029/g, "\n").replace(/\*\//g, "*\\/");
}

/** A JSDoc block (indented) from lines of text, or "" when there is nothing to say. */
export function jsDoc(lines: string[], indent = ""): string {
  const body = lines.flatMap((l) => commentSafe(l).split("\n")).map((l) => l.trimEnd());
  while (body.length > 0 && body[body.length - 1] === "") body.pop();
  if (body.length === 0) return "";
  if (body.length === 1) return `${indent}/** ${body[0]} */\n`;
  return `${indent}/**\n${body.map((l) => (l === "" ? `${indent} *` : `${indent} * ${l}`)).join("\n")}\n${indent} */\n`;
}

/** Text for a template literal type prefix (`PN${string}`): escapes backticks, `\` and `${`. */
export function templatePart(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${");
}
