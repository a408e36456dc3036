/**
 * Static checks over src/domain's source (TypeScript compiler API), kept apart from their test so a
 * unit case can plant a violation in a source string and see it caught:
 *
 * - `moduleStateFindings`: the domain holds no mutable module state. A module-level `let`/`var`;
 *   a module-level binding (Map, Set, WeakMap, array, object…) that code in the module mutates
 *   (.set/.add/.push/.delete/.clear/… or an assignment to it or into it); a module-level object
 *   built with `new` from a class that can hold state; or code mutating a binding imported from
 *   another module. Caches belong to the owner of the data (src/domain/memo.ts).
 * - `implicitLocaleFindings`: the domain never reads the host's display language: no
 *   getLocale/setLocale, and every catalogue `t(id, params, locale)` / `render(msg, locale)`
 *   names its locale.
 */
import * as ts from "typescript";

export interface Finding {
  file: string;
  line: number;
  text: string;
}

/** Methods that change the receiver (Map, Set, WeakMap, Array, Date). */
const MUTATORS = new Set([
  "set",
  "add",
  "delete",
  "clear",
  "push",
  "pop",
  "shift",
  "unshift",
  "splice",
  "sort",
  "reverse",
  "fill",
  "copyWithin",
]);

/**
 * Classes a module may instantiate at load: a `new` of any other class at module level is
 * reported (it may hold state). Containers are allowed and checked for mutation instead.
 * `Derived` keeps what it derives on the owner object it is given, never on itself (src/domain/memo.ts).
 */
const CONTAINERS = new Set(["Map", "Set", "WeakMap", "WeakSet", "Array"]);
const STATELESS_CLASSES = new Set(["Derived", "RegExp"]);

/** One program over in-memory sources: no lib, no module resolution (only local symbols matter). */
function program(files: Readonly<Record<string, string>>): ts.Program {
  const options: ts.CompilerOptions = {
    noLib: true,
    noResolve: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    jsx: ts.JsxEmit.Preserve,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  host.getSourceFile = (name, languageVersion) =>
    name in files
      ? ts.createSourceFile(name, files[name], languageVersion, true, ts.ScriptKind.TSX)
      : undefined;
  host.fileExists = (name) => name in files;
  host.readFile = (name) => files[name];
  host.writeFile = () => undefined;
  return ts.createProgram({ rootNames: Object.keys(files), options, host });
}

function finding(sf: ts.SourceFile, node: ts.Node, text: string): Finding {
  const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
  return { file: sf.fileName, line: line + 1, text };
}

/** The identifier at the root of `a.b[c].d` (undefined for `this`, calls, literals…). */
function rootIdentifier(node: ts.Expression): ts.Identifier | undefined {
  let n: ts.Expression = node;
  for (;;) {
    if (ts.isIdentifier(n)) return n;
    if (ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) n = n.expression;
    else if (ts.isParenthesizedExpression(n) || ts.isNonNullExpression(n)) n = n.expression;
    else if (ts.isAsExpression(n) || ts.isSatisfiesExpression(n)) n = n.expression;
    else return undefined;
  }
}

function isModuleLevel(decl: ts.Declaration, sf: ts.SourceFile): boolean {
  if (ts.isVariableDeclaration(decl)) {
    const statement = decl.parent.parent;
    return ts.isVariableStatement(statement) && statement.parent === sf;
  }
  return false;
}

function isImport(decl: ts.Declaration): boolean {
  return ts.isImportSpecifier(decl) || ts.isImportClause(decl) || ts.isNamespaceImport(decl);
}

const ALIAS_OPERATORS = new Set([
  ts.SyntaxKind.QuestionQuestionToken,
  ts.SyntaxKind.BarBarToken,
  ts.SyntaxKind.AmpersandAmpersandToken,
]);

const ASSIGNMENTS = new Set([
  ts.SyntaxKind.EqualsToken,
  ts.SyntaxKind.PlusEqualsToken,
  ts.SyntaxKind.MinusEqualsToken,
  ts.SyntaxKind.AsteriskEqualsToken,
  ts.SyntaxKind.SlashEqualsToken,
  ts.SyntaxKind.PercentEqualsToken,
  ts.SyntaxKind.AmpersandAmpersandEqualsToken,
  ts.SyntaxKind.BarBarEqualsToken,
  ts.SyntaxKind.QuestionQuestionEqualsToken,
  ts.SyntaxKind.BarEqualsToken,
  ts.SyntaxKind.AmpersandEqualsToken,
]);

function checkModule(sf: ts.SourceFile, checker: ts.TypeChecker): Finding[] {
  const out: Finding[] = [];

  for (const statement of sf.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const flags = statement.declarationList.flags;
    const kind = flags & ts.NodeFlags.Let ? "let" : flags & ts.NodeFlags.Const ? undefined : "var";
    for (const decl of statement.declarationList.declarations) {
      const name = decl.name.getText(sf);
      if (kind) out.push(finding(sf, decl, `module-level ${kind} ${name}`));
      const init = decl.initializer;
      if (init && ts.isNewExpression(init)) {
        const cls = init.expression.getText(sf);
        if (!CONTAINERS.has(cls) && !STATELESS_CLASSES.has(cls))
          out.push(
            finding(sf, decl, `module-level instance ${name} = new ${cls}(…) may hold state`)
          );
      }
    }
  }

  /**
   * The module-level or imported bindings an expression reaches: its root identifier, or through a
   * local alias (`const cache = LABELS[locale] ?? LABELS.en; cache.set(…)` mutates LABELS).
   */
  const bindings = (expr: ts.Expression, depth = 0): { name: string; imported: boolean }[] => {
    if (depth > 5) return [];
    let e: ts.Expression = expr;
    while (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) || ts.isAsExpression(e))
      e = e.expression;
    if (ts.isBinaryExpression(e) && ALIAS_OPERATORS.has(e.operatorToken.kind))
      return [...bindings(e.left, depth + 1), ...bindings(e.right, depth + 1)];
    if (ts.isConditionalExpression(e))
      return [...bindings(e.whenTrue, depth + 1), ...bindings(e.whenFalse, depth + 1)];
    // `M.get(k)` hands out a container M holds.
    if (
      ts.isCallExpression(e) &&
      ts.isPropertyAccessExpression(e.expression) &&
      e.expression.name.text === "get"
    )
      return bindings(e.expression.expression, depth + 1);
    const root = rootIdentifier(e);
    if (!root) return [];
    const decl = checker.getSymbolAtLocation(root)?.declarations?.[0];
    if (!decl) return [];
    if (isModuleLevel(decl, sf)) return [{ name: root.text, imported: false }];
    if (isImport(decl)) return [{ name: root.text, imported: true }];
    if (ts.isVariableDeclaration(decl) && decl.initializer)
      return bindings(decl.initializer, depth + 1).map((b) => ({
        ...b,
        name: `${b.name} (through ${root.text})`,
      }));
    return [];
  };

  /** Report a mutation when `target` reaches a module-level or imported binding. */
  const mutated = (node: ts.Node, target: ts.Expression, how: string, rebinds = false) => {
    // `x = …` rebinds x: a mutation only when x itself is a module binding, never through an alias.
    const direct =
      rebinds && ts.isIdentifier(target)
        ? bindings(target).filter((b) => !b.name.includes(" "))
        : undefined;
    for (const b of direct ?? bindings(target))
      out.push(
        finding(
          sf,
          node,
          `${b.imported ? "imported" : "module-level"} ${b.name} is mutated (${how})`
        )
      );
  };

  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      if (MUTATORS.has(method)) mutated(node, node.expression.expression, `.${method}`);
    } else if (ts.isBinaryExpression(node) && ASSIGNMENTS.has(node.operatorToken.kind)) {
      mutated(node, node.left, "assignment", true);
    } else if (
      (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) &&
      (node.operator === ts.SyntaxKind.PlusPlusToken ||
        node.operator === ts.SyntaxKind.MinusMinusToken)
    ) {
      mutated(node, node.operand, "++/--", true);
    } else if (ts.isDeleteExpression(node)) {
      mutated(node, node.expression, "delete");
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(sf, visit);
  return out;
}

const CATALOGUE_MODULE = /(^|\/)i18n\/catalogue$/;
/** Catalogue functions and how many arguments name the locale explicitly. */
const RENDERERS: Readonly<Record<string, number>> = { t: 3, render: 2 };

function checkLocale(sf: ts.SourceFile, checker: ts.TypeChecker): Finding[] {
  const out: Finding[] = [];
  const fromCatalogue = new Map<ts.Symbol, string>();
  for (const statement of sf.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const spec = (statement.moduleSpecifier as ts.StringLiteral).text;
    if (!CATALOGUE_MODULE.test(spec)) continue;
    const named = statement.importClause?.namedBindings;
    if (!named || !ts.isNamedImports(named)) continue;
    for (const el of named.elements) {
      const imported = (el.propertyName ?? el.name).text;
      if (imported === "getLocale" || imported === "setLocale")
        out.push(
          finding(sf, el, `imports ${imported}: the domain takes the locale as a parameter`)
        );
      const symbol = checker.getSymbolAtLocation(el.name);
      if (symbol) fromCatalogue.set(symbol, imported);
    }
  }
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const symbol = checker.getSymbolAtLocation(node.expression);
      const imported = symbol ? fromCatalogue.get(symbol) : undefined;
      const wanted = imported ? RENDERERS[imported] : undefined;
      const spread = node.arguments.some(ts.isSpreadElement);
      if (wanted !== undefined && !spread && node.arguments.length < wanted)
        out.push(
          finding(sf, node, `${imported}(…) without a locale uses the host's current language`)
        );
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(sf, visit);
  return out;
}

function analyse(
  files: Readonly<Record<string, string>>,
  check: (sf: ts.SourceFile, checker: ts.TypeChecker) => Finding[]
): Finding[] {
  const p = program(files);
  const checker = p.getTypeChecker();
  return Object.keys(files).flatMap((name) => {
    const sf = p.getSourceFile(name);
    return sf ? check(sf, checker) : [];
  });
}

export function moduleStateFindings(files: Readonly<Record<string, string>>): Finding[] {
  return analyse(files, checkModule);
}

export function implicitLocaleFindings(files: Readonly<Record<string, string>>): Finding[] {
  return analyse(files, checkLocale);
}
