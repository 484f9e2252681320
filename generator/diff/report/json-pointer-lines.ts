/**
 * The line a JSON pointer (RFC 6901) starts on in a JSON text, for annotations
 * that point into the snapshot (`::warning file=generated/openapi.json,line=812`).
 * One pass over the text records the line of every member key and array item;
 * a pointer the text lacks (an added property, looked up in the old snapshot)
 * gets the line of its nearest ancestor that exists.
 */

export interface PointerLines {
  /** 1-based line of the pointer, or of its nearest existing ancestor ("" is the document: line 1). */
  lineOf(pointer: string): number;
  /** Whether the text holds exactly this pointer. */
  has(pointer: string): boolean;
}

const escapeToken = (token: string): string => token.replace(/~/g, "~0").replace(/\//g, "~1");

export function pointerLines(text: string): PointerLines {
  const lines = new Map<string, number>([["", 1]]);
  let i = 0;
  let line = 1;
  const skipSpace = (): void => {
    while (i < text.length) {
      const c = text[i];
      if (c === "\n") line++;
      else if (c !== " " && c !== "\t" && c !== "\r") return;
      i++;
    }
  };
  const readString = (): string => {
    const start = i;
    i++; // opening quote
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    i++; // closing quote
    return JSON.parse(text.slice(start, i)) as string;
  };
  // Iterative, so a deeply nested document cannot overflow the stack.
  const stack: Array<{ kind: "object" | "array"; pointer: string; index: number }> = [];
  const enter = (pointer: string): void => {
    skipSpace();
    const c = text[i];
    if (c === "{" || c === "[") {
      stack.push({ kind: c === "{" ? "object" : "array", pointer, index: 0 });
      i++;
    } else if (c === '"') readString();
    else while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
  };
  enter("");
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    skipSpace();
    const c = text[i];
    if (c === undefined) break;
    if (c === "}" || c === "]") {
      stack.pop();
      i++;
      continue;
    }
    if (c === ",") {
      i++;
      continue;
    }
    if (top.kind === "object") {
      const keyLine = line;
      const key = readString();
      skipSpace();
      i++; // colon
      const pointer = `${top.pointer}/${escapeToken(key)}`;
      lines.set(pointer, keyLine);
      enter(pointer);
    } else {
      const pointer = `${top.pointer}/${top.index++}`;
      skipSpace();
      lines.set(pointer, line);
      enter(pointer);
    }
  }
  return {
    has: (pointer) => lines.has(pointer),
    lineOf(pointer: string): number {
      let at = pointer;
      while (!lines.has(at)) at = at.slice(0, Math.max(0, at.lastIndexOf("/")));
      return lines.get(at)!;
    },
  };
}
