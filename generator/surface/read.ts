/**
 * Read the public surface of generated packages with ts-morph: every entry
 * point of the exports map (emit/package-files.ts decides them), every name it
 * exports, and for each the shape a consumer's code depends on.
 *
 * All sides share ONE in-memory Project without lib files, and nothing is
 * type-checked or even bound: the generator writes every exported type out in
 * full (the package builds under `isolatedDeclarations`), so the printed type
 * nodes are the surface, and re-exports are followed by their syntax.
 */
import type * as TsMorph from "ts-morph";
import type { GeneratedFile } from "../core.js";
import { entryPoints } from "../emit/entry-points.js";
import type { ApiSurface, Declaration, Member, Param, TypeText } from "./types.js";

type Morph = typeof TsMorph;
type Node = TsMorph.Node;

/**
 * Numbered helpers (`rule$120`, `pattern$3` in validators/constants) are exported so the
 * validators can share them; their numbers shift with every upstream edit and no consumer
 * names them, so they are not surface.
 */
const NUMBERED_HELPER = /\$\d+$/;

/** One surface per side, in the order given. `sides` are the package sources (emit/sources.ts). */
export function readSurfaces(morph: Morph, sides: readonly GeneratedFile[][]): ApiSurface[] {
  const project = new morph.Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    skipFileDependencyResolution: true,
    compilerOptions: { noLib: true, skipLibCheck: true, types: [], target: morph.ts.ScriptTarget.ES2020 },
  });
  // A file with the same text on both sides (the runtime, untouched operations) is parsed
  // once: exports are resolved through these maps, not through the compiler's module lookup.
  const byText = new Map<string, TsMorph.SourceFile>();
  const modules = sides.map((files) => {
    const byPath = new Map<string, TsMorph.SourceFile>();
    for (const file of files) {
      if (!file.path.endsWith(".ts")) continue;
      // The declaration text when the emitter wrote it (validators): the same exports without the function bodies.
      const text = withoutDocComments(file.declaration ?? file.contents);
      let sourceFile = byText.get(text);
      if (!sourceFile) {
        sourceFile = project.createSourceFile(`/${byText.size}.ts`, text);
        byText.set(text, sourceFile);
      }
      byPath.set(file.path, sourceFile);
    }
    return byPath;
  });
  return sides.map((files, side) => readSide(morph, modules[side]!, files));
}

function readSide(morph: Morph, modules: Map<string, TsMorph.SourceFile>, files: readonly GeneratedFile[]): ApiSurface {
  const entries: Record<string, string[]> = {};
  const declarations: Record<string, Declaration> = {};
  const exportsOf = exportResolver(morph, modules);
  for (const entry of entryPoints(files.map((file) => file.path))) {
    const path = `src/${entry.base}.ts`;
    if (!modules.has(path)) continue;
    const names: string[] = [];
    for (const [name, node] of exportsOf(path)) {
      if (NUMBERED_HELPER.test(name)) continue;
      names.push(name);
      declarations[name] ??= readDeclaration(morph, name, node);
    }
    entries[entry.subpath] = names.sort();
  }
  // Only names the package exports are worth following.
  for (const declaration of Object.values(declarations)) {
    declaration.inputRefs = declaration.inputRefs.filter((ref) => ref in declarations && ref !== declaration.name);
    declaration.outputRefs = declaration.outputRefs.filter((ref) => ref in declarations && ref !== declaration.name);
  }
  return { entries, declarations };
}

/**
 * A module's exports, name → declaration, from its syntax alone: local `export`
 * declarations, `export { a, type B as C } from`, `export * from` and
 * `export type * from`. The generated package uses nothing else, and reading
 * syntax spares the binder and checker (most of the cost of ts-morph's
 * getExportedDeclarations). A specifier that resolves to no file (the raw
 * `./openapi.js`, not generated here) contributes nothing.
 */
function exportResolver(morph: Morph, modules: Map<string, TsMorph.SourceFile>): (path: string) => Map<string, Node> {
  const cache = new Map<string, Map<string, Node>>();
  const resolve = (path: string): Map<string, Node> => {
    const cached = cache.get(path);
    if (cached) return cached;
    const out = new Map<string, Node>();
    cache.set(path, out);
    const file = modules.get(path);
    if (!file) return out;
    const locals = new Map<string, Node>();
    for (const statement of file.getStatements()) {
      if (morph.Node.isVariableStatement(statement)) {
        for (const declaration of statement.getDeclarations()) locals.set(declaration.getName(), declaration);
        if (statement.hasExportKeyword())
          for (const declaration of statement.getDeclarations()) out.set(declaration.getName(), declaration);
      } else if (
        morph.Node.isFunctionDeclaration(statement) ||
        morph.Node.isInterfaceDeclaration(statement) ||
        morph.Node.isTypeAliasDeclaration(statement) ||
        morph.Node.isClassDeclaration(statement) ||
        morph.Node.isEnumDeclaration(statement)
      ) {
        const name = statement.getName();
        if (!name) continue;
        // Overloads: the first signature stands for the function.
        if (!locals.has(name)) locals.set(name, statement);
        if (statement.hasExportKeyword() && !out.has(name)) out.set(name, statement);
      }
    }
    for (const declaration of file.getExportDeclarations()) {
      const specifier = declaration.getModuleSpecifierValue();
      const from = specifier ? resolve(resolvePath(path, specifier)) : locals;
      const named = declaration.getNamedExports();
      if (named.length === 0 && !declaration.getNamespaceExport()) {
        for (const [name, node] of from) if (name !== "default" && !out.has(name)) out.set(name, node);
        continue;
      }
      for (const specifierNode of named) {
        const node = from.get(specifierNode.getName());
        if (node) out.set(specifierNode.getAliasNode()?.getText() ?? specifierNode.getName(), node);
      }
    }
    return out;
  };
  return resolve;
}

/** `src/index.ts` + `./operations/x.js` → `src/operations/x.ts` (the package's own relative imports only). */
function resolvePath(from: string, specifier: string): string {
  const parts = from.split("/").slice(0, -1);
  for (const segment of specifier.replace(/\.js$/, ".ts").split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== ".") parts.push(segment);
  }
  return parts.join("/");
}

/**
 * Documentation comments are not surface, and they are half the text: removed
 * before parsing. Only when no string literal in the file holds a comment
 * opener, so the pattern cannot cut into a string.
 */
function withoutDocComments(text: string): string {
  if (/["'`][^"'`\n]*\/\*/.test(text)) return text;
  return text.replace(/[ \t]*\/\*\*[\s\S]*?\*\/\n?/g, "");
}

function readDeclaration(morph: Morph, name: string, node: Node): Declaration {
  const { Node } = morph;
  if (Node.isFunctionDeclaration(node)) {
    const params: Param[] = node.getParameters().map((p) => ({
      name: p.getName(),
      optional: p.isOptional() || p.hasInitializer(),
      type: typeText(morph, p.getTypeNode()),
    }));
    return {
      name,
      kind: "function",
      params,
      returns: typeText(morph, node.getReturnTypeNode()),
      inputRefs: node.getParameters().flatMap((p) => refsIn(morph, p)),
      outputRefs: refsIn(morph, node.getReturnTypeNode()),
    };
  }
  const refs = refsIn(morph, node);
  const base = { name, inputRefs: refs, outputRefs: [] };
  if (Node.isInterfaceDeclaration(node)) {
    const members = node.getMembers().flatMap((member) => readMember(morph, member, ""));
    const heritage = node.getExtends().map((e) => clean(morph, e));
    if (heritage.length > 0)
      members.unshift({ path: "(extends)", optional: false, type: { text: heritage.join(", "), parts: heritage.sort() } });
    return { ...base, kind: "interface", members };
  }
  if (Node.isTypeAliasDeclaration(node)) {
    const typeNode = node.getTypeNode();
    if (typeNode && Node.isTypeLiteral(typeNode)) {
      return { ...base, kind: "type", members: typeNode.getMembers().flatMap((member) => readMember(morph, member, "")) };
    }
    return { ...base, kind: "type", type: typeText(morph, typeNode) };
  }
  if (Node.isVariableDeclaration(node)) {
    const typeNode = node.getTypeNode();
    if (typeNode && Node.isTypeLiteral(typeNode)) {
      return { ...base, kind: "variable", members: typeNode.getMembers().flatMap((member) => readMember(morph, member, "")) };
    }
    const initializer = node.getInitializer();
    const type = typeNode ? typeText(morph, typeNode) : plainText(initializer ? clean(morph, initializer) : "unknown");
    return { ...base, kind: "variable", type };
  }
  if (Node.isClassDeclaration(node)) {
    const members: Member[] = [];
    for (const property of node.getProperties()) {
      if (property.hasModifier(morph.SyntaxKind.PrivateKeyword) || property.getName().startsWith("#")) continue;
      members.push({ path: property.getName(), optional: property.hasQuestionToken(), type: typeText(morph, property.getTypeNode()) });
    }
    for (const method of node.getMethods()) {
      if (method.hasModifier(morph.SyntaxKind.PrivateKeyword)) continue;
      members.push({ path: `${method.getName()}()`, optional: false, type: plainText(signature(morph, method)) });
    }
    return { ...base, kind: "class", members };
  }
  if (Node.isEnumDeclaration(node)) {
    const members = node.getMembers().map((m) => ({ path: m.getName(), optional: false, type: plainText(String(m.getValue())) }));
    return { ...base, kind: "enum", members };
  }
  return { ...base, kind: "type", type: plainText(clean(morph, node)) };
}

/** A member, with inline object types (`{...}`, `{...}[]`, `{...} | null`) opened into dotted paths. */
function readMember(morph: Morph, member: Node, prefix: string): Member[] {
  const { Node } = morph;
  if (Node.isPropertySignature(member)) {
    const path = `${prefix}${unquote(member.getName())}`;
    const optional = member.hasQuestionToken();
    const typeNode = member.getTypeNode();
    const inline = typeNode ? inlineObject(morph, typeNode) : undefined;
    if (!inline) return [{ path, optional, type: typeText(morph, typeNode) }];
    const shape = `{…}${inline.array ? "[]" : ""}`;
    const type = { text: inline.nullable ? `${shape} | null` : shape, parts: inline.nullable ? ["null", shape] : [shape] };
    const nested = inline.literal.getMembers().flatMap((child) => readMember(morph, child, `${path}${inline.array ? "[]" : ""}.`));
    return [{ path, optional, type }, ...nested];
  }
  if (Node.isMethodSignature(member)) {
    return [
      { path: `${prefix}${unquote(member.getName())}()`, optional: member.hasQuestionToken(), type: plainText(signature(morph, member)) },
    ];
  }
  if (Node.isIndexSignatureDeclaration(member)) {
    return [
      {
        path: `${prefix}[${member.getKeyName()}: ${clean(morph, member.getKeyTypeNode())}]`,
        optional: false,
        type: typeText(morph, member.getReturnTypeNode()),
      },
    ];
  }
  return [{ path: `${prefix}(${member.getKindName()})`, optional: false, type: plainText(clean(morph, member)) }];
}

/** `{...}`, `{...}[]`, `{...} | null`, `{...}[] | null`: the literal and how it is wrapped. */
function inlineObject(morph: Morph, node: Node): { literal: TsMorph.TypeLiteralNode; array: boolean; nullable: boolean } | undefined {
  const { Node } = morph;
  let nullable = false;
  let core = node;
  if (Node.isUnionTypeNode(core)) {
    const members = core.getTypeNodes();
    const rest = members.filter((m) => m.getText() !== "null");
    if (rest.length !== 1 || members.length !== 2) return undefined;
    nullable = true;
    core = rest[0]!;
  }
  while (Node.isParenthesizedTypeNode(core)) core = core.getTypeNode();
  let array = false;
  if (Node.isArrayTypeNode(core)) {
    array = true;
    core = core.getElementTypeNode();
    while (Node.isParenthesizedTypeNode(core)) core = core.getTypeNode();
  }
  return Node.isTypeLiteral(core) ? { literal: core, array, nullable } : undefined;
}

function typeText(morph: Morph, node: Node | undefined): TypeText {
  if (!node) return plainText("unknown");
  let core = node;
  while (morph.Node.isParenthesizedTypeNode(core)) core = core.getTypeNode();
  const text = clean(morph, core);
  if (!morph.Node.isUnionTypeNode(core)) return { text, parts: [text] };
  return { text, parts: [...new Set(core.getTypeNodes().map((part) => clean(morph, part)))].sort() };
}

function plainText(text: string): TypeText {
  return { text, parts: [text] };
}

/** The node's text without comments, on one line: documentation edits are not surface changes. */
function clean(morph: Morph, node: Node): string {
  const raw = node.getText();
  const text = raw.includes("/*") || raw.includes("//") ? morph.printNode(node.compilerNode, { removeComments: true }) : raw;
  return text.replace(/\s+/g, " ").replace(/;\s*}/g, " }").trim();
}

/** `(a: X, b?: Y) => Z` for a method, without its body or comments. */
function signature(morph: Morph, method: TsMorph.MethodSignature | TsMorph.MethodDeclaration): string {
  const params = method.getParameters().map((p) => `${p.getName()}${p.isOptional() ? "?" : ""}: ${typeText(morph, p.getTypeNode()).text}`);
  return `(${params.join(", ")}) => ${typeText(morph, method.getReturnTypeNode()).text}`;
}

/** The type names a node mentions (`Contact`, `Page`, `ListContactsError`), in order, once each. */
function refsIn(morph: Morph, node: Node | undefined): string[] {
  if (!node) return [];
  const { ts } = morph;
  const names = new Set<string>();
  // On the compiler's nodes: wrapping every node in ts-morph objects costs more than the walk.
  const visit = (child: TsMorph.ts.Node): void => {
    if (ts.isTypeReferenceNode(child)) names.add(leftmost(ts, child.typeName));
    else if (ts.isExpressionWithTypeArguments(child) && ts.isIdentifier(child.expression)) names.add(child.expression.text);
    ts.forEachChild(child, visit);
  };
  visit(node.compilerNode);
  return [...names];
}

function leftmost(ts: Morph["ts"], name: TsMorph.ts.EntityName): string {
  return ts.isIdentifier(name) ? name.text : leftmost(ts, name.left);
}

function unquote(name: string): string {
  return /^(["']).*\1$/.test(name) ? (JSON.parse(name.replace(/^'|'$/g, '"')) as string) : name;
}
