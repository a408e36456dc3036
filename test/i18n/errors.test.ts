/**
 * User-facing errors carry a catalogue id, never text (src/domain/errors.ts): every error src/
 * constructs from ReimbError or one of its subclasses names an id the catalogue has, rendered in
 * English and Chinese; and no `new Error("…")` with prose is thrown outside the listed defects.
 */
import * as fs from "fs";
import * as path from "path";
import { CATALOGUE, hasMessage, render, t } from "../../src/i18n/catalogue";
import { errorText, ReimbError } from "../../src/domain/errors";
import { DataFileError } from "../../src/data/errors";
import { ShareError } from "../../src/shareCopy/workbook";
import { PatchError } from "../../src/shareCopy/xlsxPatch";
import { PackageError } from "../../src/xlsx/limits";

const SRC = path.resolve(__dirname, "../../src");

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return files(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

const SOURCES = files(SRC).map((f) => ({
  rel: path.relative(SRC, f),
  text: fs.readFileSync(f, "utf8"),
}));

/** Classes built on ReimbError (found in the source, so a new subclass is checked too). */
const ERROR_CLASSES = new Set([
  "ReimbError",
  ...SOURCES.flatMap((s) =>
    [...s.text.matchAll(/class (\w+) extends (?:ReimbError|PaneError|ShareError)\b/g)].map(
      (m) => m[1]
    )
  ),
]);

/** `new X("literal id"` for every ReimbError class X; ids built at run time are checked by their prefixes below. */
const CONSTRUCTED = SOURCES.flatMap((s) =>
  [...s.text.matchAll(/new (\w+)\(\s*"([^"]+)"/g)]
    .filter((m) => ERROR_CLASSES.has(m[1]))
    .map((m) => ({ where: s.rel, cls: m[1], id: m[2] }))
);

/**
 * Errors thrown with English text that no user should ever see: each is a defect in our own code
 * or data (an address we built, a parameter table row we ship), caught as an internal error.
 */
const DEFECTS: readonly string[] = [
  "domain/sheet/address.ts: unexpected address", // an address the engine itself produced
  "domain/economics/params.ts: parameter table has no", // the shipped parameter table
  "domain/economics/decimal.ts: not a finite number", // callers check finiteness first
  "domain/rows/columns.ts: header spelling", // a duplicate in the shipped column table, at load
  "cli/package/apply.ts: no sheet named", // the plan only places a block beside a sheet it read
];

describe("every thrown user-facing error carries a catalogue id", () => {
  it("finds the error classes and their constructions", () => {
    expect([...ERROR_CLASSES]).toEqual(
      expect.arrayContaining([
        "ReimbError",
        "PaneError",
        "ShareError",
        "DataFileError",
        "PackageError",
        "PatchError",
        "ConflictError",
        "WorkbookReadError",
      ])
    );
    expect(CONSTRUCTED.length).toBeGreaterThan(20);
  });

  it.each(CONSTRUCTED.map((c) => [`${c.where}: ${c.cls}(${c.id})`, c.id]))(
    "%s is in the catalogue, en and zh-CN",
    (_where, id) => {
      expect(hasMessage(id)).toBe(true);
      expect(CATALOGUE["zh-CN"][id]).toBeDefined();
      expect(t(id, undefined, "en")).not.toBe(id);
    }
  );

  it('throws no prose: `new Error("…")` only for listed defects', () => {
    const prose = SOURCES.flatMap((s) =>
      [...s.text.matchAll(/new (?:Error|TypeError|RangeError)\(\s*[`"']([^`"'$]*)/g)].map(
        (m) => `${s.rel.split(path.sep).join("/")}: ${m[1].trim()}`
      )
    ).filter((p) => !DEFECTS.some((d) => p.startsWith(d)));
    expect(prose).toEqual([]);
  });

  it("pre-rendered text is not thrown: no `new Error(t(`", () => {
    const prerendered = SOURCES.filter((s) => /new Error\(\s*(t|render)\(/.test(s.text)).map(
      (s) => s.rel
    );
    expect(prerendered).toEqual([]);
  });
});

describe("hosts render one error type in the user's language", () => {
  // Real messages a user meets: a CMS file cut short (data.error.truncated), a file that is not a
  // workbook (xlsx.error.notZip), a share the lossless writer refused (share.error.needsRewrite).
  const cases: [string, ReimbError][] = [
    [
      "DataFileError",
      new DataFileError("data.error.truncated", {
        file: "PPRRVU26_JAN.csv",
        kind: "PFS RVU",
        found: 3,
        minimum: 1000,
      }),
    ],
    ["PackageError", new PackageError("xlsx.error.notZip")],
    ["ShareError", new ShareError("share.error.needsRewrite", { detail: "x", lost: "-" })],
    ["PatchError", new PatchError("error.patch.sharedString", { index: 7 })],
  ];

  it.each(cases)("%s renders in en and zh-CN, differently, with its parameters", (_name, err) => {
    expect(err).toBeInstanceOf(ReimbError);
    const en = errorText(err, "en");
    const zh = errorText(err, "zh-CN");
    expect(en).toBe(render(err.msg, "en"));
    expect(en).not.toBe(err.id);
    expect(zh).not.toBe(en);
    for (const v of Object.values(err.params)) {
      expect(en).toContain(String(v));
      expect(zh).toContain(String(v));
    }
  });

  it("an error message names the id, not English prose", () => {
    const err = new DataFileError("data.error.header", {
      file: "GPCI2026.csv",
      expected: "Locality",
    });
    expect(err.message.startsWith("data.error.header")).toBe(true);
    expect(err.problem).toEqual({
      id: "data.error.header",
      params: { file: "GPCI2026.csv", expected: "Locality" },
    });
  });

  it("a platform's own error keeps its text", () => {
    expect(errorText(new Error("EACCES"), "zh-CN")).toBe("EACCES");
  });
});
