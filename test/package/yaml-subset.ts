/**
 * A reader for the small subset of YAML our workflow files use, so tests can
 * check their structure without a YAML dependency: block mappings, block
 * sequences (indented under their key), `|` block scalars, plain and quoted
 * scalars (kept as strings), comments. Anything else (flow collections,
 * anchors, aliases, tags, duplicate keys, tabs) is refused with the line
 * number, so a workflow edited beyond the subset fails the test loudly
 * instead of being misread.
 */
export type YamlValue = string | YamlValue[] | { [key: string]: YamlValue };

interface Line {
  number: number;
  indent: number;
  text: string;
}

export function parseYamlSubset(source: string): YamlValue {
  const lines: Line[] = [];
  source.split("\n").forEach((raw, index) => {
    if (raw.includes("\t")) throw new Error(`line ${index + 1}: tabs are not YAML indentation`);
    const text = stripComment(raw).trimEnd();
    if (text.trim() === "") return;
    lines.push({ number: index + 1, indent: text.length - text.trimStart().length, text: text.trimStart() });
  });
  const reader = { lines, at: 0, source: source.split("\n") };
  const value = parseBlock(reader, lines[0]?.indent ?? 0);
  if (reader.at < lines.length) throw new Error(`line ${lines[reader.at]!.number}: unexpected indentation`);
  return value;
}

interface Reader {
  lines: Line[];
  at: number;
  source: string[];
}

function parseBlock(reader: Reader, indent: number): YamlValue {
  const first = reader.lines[reader.at];
  if (!first) return "";
  return first.text.startsWith("- ") || first.text === "-" ? parseSequence(reader, indent) : parseMapping(reader, indent);
}

function parseSequence(reader: Reader, indent: number): YamlValue[] {
  const items: YamlValue[] = [];
  for (let line = reader.lines[reader.at]; line && line.indent === indent && line.text.startsWith("-"); line = reader.lines[reader.at]) {
    const rest = line.text.slice(1).trimStart();
    if (rest === "") {
      reader.at += 1;
      items.push(parseBlock(reader, reader.lines[reader.at]?.indent ?? indent + 2));
    } else if (keyOf(rest)) {
      // `- key: value` opens a mapping whose further keys sit where `key` sits.
      const itemIndent = indent + (line.text.length - rest.length);
      reader.lines[reader.at] = { number: line.number, indent: itemIndent, text: rest };
      items.push(parseMapping(reader, itemIndent));
    } else {
      reader.at += 1;
      items.push(scalar(rest, line.number));
    }
  }
  return items;
}

function parseMapping(reader: Reader, indent: number): { [key: string]: YamlValue } {
  const mapping: { [key: string]: YamlValue } = {};
  for (let line = reader.lines[reader.at]; line && line.indent === indent; line = reader.lines[reader.at]) {
    const key = keyOf(line.text);
    if (!key) throw new Error(`line ${line.number}: expected "key: value", got ${JSON.stringify(line.text)}`);
    if (Object.hasOwn(mapping, key.name)) throw new Error(`line ${line.number}: duplicate key ${JSON.stringify(key.name)}`);
    reader.at += 1;
    if (key.rest === "|" || key.rest === "|-") {
      mapping[key.name] = blockScalar(reader, indent, key.rest === "|");
    } else if (key.rest === "") {
      const next = reader.lines[reader.at];
      mapping[key.name] = next && next.indent > indent ? parseBlock(reader, next.indent) : "";
    } else {
      mapping[key.name] = scalar(key.rest, line.number);
    }
  }
  return mapping;
}

function blockScalar(reader: Reader, parentIndent: number, keepFinalNewline: boolean): string {
  const body: Line[] = [];
  while (reader.lines[reader.at] && reader.lines[reader.at]!.indent > parentIndent) body.push(reader.lines[reader.at++]!);
  if (body.length === 0) return "";
  const indent = Math.min(...body.map((l) => l.indent));
  // Re-read the raw lines so blank lines and comment-looking text inside the scalar survive.
  const raw = reader.source.slice(body[0]!.number - 1, body[body.length - 1]!.number).map((l) => l.slice(indent));
  return raw.join("\n") + (keepFinalNewline ? "\n" : "");
}

function keyOf(text: string): { name: string; rest: string } | undefined {
  const match = /^([A-Za-z0-9_.\-/]+|"[^"]*"|'[^']*'):(?:\s+(.*))?$/.exec(text);
  if (!match) return undefined;
  const name = match[1]!.startsWith('"') || match[1]!.startsWith("'") ? match[1]!.slice(1, -1) : match[1]!;
  return { name, rest: (match[2] ?? "").trim() };
}

function scalar(text: string, lineNumber: number): string {
  if (text.startsWith('"')) {
    if (!text.endsWith('"') || text.length < 2) throw new Error(`line ${lineNumber}: unterminated double-quoted string`);
    return JSON.parse(text) as string;
  }
  if (text.startsWith("'")) {
    if (!text.endsWith("'") || text.length < 2) throw new Error(`line ${lineNumber}: unterminated single-quoted string`);
    return text.slice(1, -1).replace(/''/g, "'");
  }
  if (/^[[{&*!|>%@`]/.test(text))
    throw new Error(`line ${lineNumber}: ${JSON.stringify(text)} uses YAML beyond the subset these tests read`);
  return text;
}

/** Drops a `#` comment that is not inside quotes or a `${{ }}` expression. */
function stripComment(line: string): string {
  let quote: string | undefined;
  let expression = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (line.startsWith("${{", i)) {
      expression += 1;
    } else if (expression > 0 && line.startsWith("}}", i)) {
      expression -= 1;
    } else if ((c === '"' || c === "'") && expression === 0 && (i === 0 || /[\s:\-[]/.test(line[i - 1]!))) {
      quote = c;
    } else if (c === "#" && expression === 0 && (i === 0 || /\s/.test(line[i - 1]!))) {
      return line.slice(0, i);
    }
  }
  return line;
}
