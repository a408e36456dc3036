/**
 * README "Design notes": the domain holds no mutable module state (no current reference, no
 * current locale, no module-level caches); hosts hold it and pass it in, and caches belong to the
 * owner of the data (src/domain/memo.ts). Checked on the source with the TypeScript compiler API.
 *
 * Exceptions: none. A new one would be listed here, with the reason, rather than skipped silently.
 */
import * as fs from "fs";
import * as path from "path";
import { implicitLocaleFindings, moduleStateFindings, type Finding } from "./moduleState";

const DOMAIN = path.resolve(__dirname, "../../src/domain");

function sources(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) Object.assign(out, sources(full));
    else if (/\.tsx?$/.test(e.name))
      out[path.relative(DOMAIN, full).split(path.sep).join("/")] = fs.readFileSync(full, "utf8");
  }
  return out;
}

const EXCEPTIONS: readonly string[] = [];

const show = (fs: Finding[]) =>
  fs.map((f) => `${f.file}:${f.line} ${f.text}`).filter((s) => !EXCEPTIONS.includes(s));

describe("src/domain holds no mutable module state", () => {
  const files = sources(DOMAIN);

  it("reads the domain's sources", () => {
    expect(Object.keys(files).length).toBeGreaterThan(50);
  });

  it("has no module-level let/var, mutated module-level container, stateful instance or mutated import", () => {
    expect(show(moduleStateFindings(files))).toEqual([]);
  });

  it("never reads the host's display language: the locale is a parameter", () => {
    expect(show(implicitLocaleFindings(files))).toEqual([]);
  });
});

describe("the module-state check catches what it claims to", () => {
  const one = (source: string) => moduleStateFindings({ "x.ts": source }).map((f) => f.text);

  it.each([
    [
      "a module-level let",
      "let current = 1; export const get = () => current;",
      "module-level let current",
    ],
    ["a module-level var", "var n = 0;", "module-level var n"],
    ["an exported let", "export let locale = 'en';", "module-level let locale"],
    [
      "a cache Map filled by a function",
      "const CACHE = new Map<string, number>(); export function f(k: string) { CACHE.set(k, 1); }",
      "module-level CACHE is mutated (.set)",
    ],
    [
      "a bounded cache cleared when full",
      "const SEEN = new Set<string>(); export function f(k: string) { if (SEEN.size > 9) SEEN.clear(); }",
      "module-level SEEN is mutated (.clear)",
    ],
    [
      "a WeakMap memo",
      "const M = new WeakMap<object, number>(); export function f(o: object) { M.set(o, 1); }",
      "module-level M is mutated (.set)",
    ],
    [
      "an array pushed to",
      "const LOG: string[] = []; export function f(s: string) { LOG.push(s); }",
      "module-level LOG is mutated (.push)",
    ],
    [
      "a nested container in an object",
      "const BY_LOCALE = { en: new Map<string, string>() }; export function f() { BY_LOCALE.en.set('a', 'b'); }",
      "module-level BY_LOCALE is mutated (.set)",
    ],
    [
      "a container mutated through a local alias",
      "const LABELS = { en: new Map<string, string>() }; export function f(l: 'en') { const cache = LABELS[l] ?? LABELS.en; cache.set('a', 'b'); }",
      "module-level LABELS (through cache) is mutated (.set)",
    ],
    [
      "an inner container handed out by get",
      "const BY = new Map<string, Map<string, number>>(); export function f() { const inner = BY.get('a'); inner!.set('b', 1); }",
      "module-level BY (through inner) is mutated (.set)",
    ],
    [
      "an object written into",
      "const STATE: Record<string, number> = {}; export function f() { STATE['x'] = 1; }",
      "module-level STATE is mutated (assignment)",
    ],
    [
      "a counter incremented",
      "const C = { n: 0 }; export function f() { C.n++; }",
      "module-level C is mutated (++/--)",
    ],
    [
      "a property deleted",
      "const C: Record<string, number> = { n: 0 }; export function f() { delete C.n; }",
      "module-level C is mutated (delete)",
    ],
    [
      "a stateful object",
      "class Memo { m = new Map(); } const MEMO = new Memo();",
      "module-level instance MEMO = new Memo(…) may hold state",
    ],
    [
      "an imported container mutated",
      "import { TABLE } from './table'; export function f() { TABLE.set('a', 1); }",
      "imported TABLE is mutated (.set)",
    ],
  ])("%s", (_what, source, expected) => {
    expect(one(source)).toContain(expected);
  });

  it.each([
    [
      "a constant table built at load",
      "const BY_CODE: ReadonlyMap<string, number> = new Map([['a', 1]]); export const f = (k: string) => BY_CODE.get(k);",
    ],
    [
      "a map built by a builder function",
      "function build() { const m = new Map<string, number>(); m.set('a', 1); return m; } const T = build(); export const f = () => T.get('a');",
    ],
    [
      "a local shadowing a module name",
      "const CACHE = new Map<string, number>(); export function f() { const CACHE = new Map<string, number>(); CACHE.set('a', 1); return CACHE; }",
    ],
    ["a parameter mutated", "export function f(rows: string[]) { rows.push('x'); }"],
    [
      "a spread copy sorted",
      "const YEARS = [2026, 2025]; export const sorted = () => [...YEARS].sort();",
    ],
    [
      "a derived index",
      "const INDEX = new Derived('i', (o: object) => 1); export const f = (o: object) => INDEX.of(o);",
    ],
  ])("passes %s", (_what, source) => {
    expect(one(source)).toEqual([]);
  });
});

describe("the locale check catches what it claims to", () => {
  const one = (source: string) => implicitLocaleFindings({ "x.ts": source }).map((f) => f.text);
  const header = 'import { t, render, type Locale } from "../../i18n/catalogue";\n';

  it.each([
    [
      "getLocale imported",
      'import { getLocale } from "../i18n/catalogue"; export const f = () => getLocale();',
      "imports getLocale: the domain takes the locale as a parameter",
    ],
    [
      "t without a locale",
      `${header}export const f = () => t("a.b");`,
      "t(…) without a locale uses the host's current language",
    ],
    [
      "t with params but no locale",
      `${header}export const f = () => t("a.b", { n: 1 });`,
      "t(…) without a locale uses the host's current language",
    ],
    [
      "render without a locale",
      `${header}export const f = (m: { id: string }) => render(m);`,
      "render(…) without a locale uses the host's current language",
    ],
  ])("%s", (_what, source, expected) => {
    expect(one(source)).toContain(expected);
  });

  it("passes calls that name the locale, and other functions called t", () => {
    expect(
      one(
        `${header}export const f = (l: Locale) => t("a.b", undefined, l) + render({ id: "x" }, l);\nexport const g = () => { const t = (s: string) => s; return t("x"); };`
      )
    ).toEqual([]);
  });
});
