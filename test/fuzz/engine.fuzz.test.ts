/**
 * Fuzz: the engine and the REIMB.* functions over inputs a spreadsheet can hold, with the real CMS
 * data loaded (the realistic case: real codes mixed with junk, every year, every site). Each call
 * must answer (a report row, a number, text, a boolean or an Excel error); never throw, never give
 * NaN, Infinity or "undefined" to a user, never write a cell longer than Excel allows.
 *
 * Fixed seed in CI (test/setup/fast-check.ts); FC_SEED replays a local counterexample.
 */
import fc from "fast-check";
import { buildReport } from "../../src/domain/report";
import { PRODUCT_COLUMNS } from "../../src/domain/rows/columns";
import { CmsCodeReference } from "../../src/domain/reference/codeReference";
import { vintageOf } from "../../src/domain/reference/vintage";
import { setReference } from "../../src/domain/reference/current";
import { setFunctionReference } from "../../src/functions/state";
import { isExcelError } from "../../src/functions/errors";
import * as fs from "fs";
import * as path from "path";
import * as functions from "../../src/functions/functions";
import * as lookups from "../../src/functions/lookups";
import type { CellValue } from "../../src/domain/product";
import type { CodeReference } from "../../src/domain/reference/port";
import { describeWithData, loadAll } from "../data/helpers";

// Real codes of every kind the files hold, NOC codes, terminated codes, and near-misses.
const CODES = [
  "99213",
  "66984",
  "93306",
  "93306-26",
  "0100T",
  "E0601",
  "E2102",
  "J9271",
  "J3490",
  "C1889",
  "0266T",
  "C9302",
  "A9291",
  "L1833",
  "81479",
  "0526U",
  "G6001",
  "37220",
  "Q4100",
  "99999",
  "E060",
  "j9271 ",
  "",
];
const SITES = [
  "office",
  "hospital outpatient",
  "ASC",
  "inpatient",
  "home",
  "POS 11",
  "POS 22",
  "ofice",
  "independent lab",
  "",
];
const LOCALITIES = [
  "0111205",
  "01112",
  "05",
  "CA",
  "California",
  "Los Angeles",
  "99",
  "",
  "national",
];

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    ...CODES,
    ...SITES,
    ...LOCALITIES,
    "=1+1",
    "\u001b[2J",
    "#N/A",
    "2025",
    "2026",
    "1e308",
    "-5",
    "yes",
    "FDA 510(k)"
  ),
  fc.string({ minLength: 200, maxLength: 2000 })
);
/** Most functions take a code first: mostly a real one, so the calls reach the lookups, not only the refusals. */
const codeFirst: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...CODES) },
  { weight: 1, arbitrary: fc.anything() },
  { weight: 1, arbitrary: fc.double() }
);

/** What an Excel cell can hold: no NaN or Infinity, and text without the words a defect would show. */
const sheetCell: fc.Arbitrary<CellValue> = fc.oneof(
  text.filter((t) => !/NaN|undefined|Infinity/.test(t)),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -1, 2025, 2026, 1e308),
  fc.boolean(),
  fc.constant(null)
);
/** What a function argument can be: anything a formula passes, incl. NaN and Infinity from arithmetic. */
const cell: fc.Arbitrary<CellValue | undefined> = fc.oneof(
  text,
  fc.double(),
  fc.constantFrom(0, -1, 2025, 2026, 1e308, Number.NaN, Infinity),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined)
);

function acceptable(v: unknown): boolean {
  if (typeof v === "number") return Number.isFinite(v);
  if (typeof v === "string") return !/\bNaN\b|\bundefined\b|Infinity/.test(v) && v.length <= 32767;
  if (typeof v === "boolean" || isExcelError(v)) return true;
  if (Array.isArray(v))
    return v.every((row) => (Array.isArray(row) ? row.every(acceptable) : acceptable(row)));
  // REIMB.CODE answers an entity (a typed card): its shown text and every property must be acceptable.
  if (v && typeof v === "object" && "type" in v)
    return Object.values(v).every(
      (p) => p === undefined || typeof p !== "number" || Number.isFinite(p)
    );
  return false;
}

type Fn = (...args: unknown[]) => unknown;

/**
 * Every REIMB.* function Excel registers: each `@customfunction NAME` tag in the sources, with the
 * export that follows it, so a function added later is fuzzed without editing this list.
 */
function registeredFunctions(): [string, Fn][] {
  const out: [string, Fn][] = [];
  for (const [file, mod] of [
    ["functions.ts", functions],
    ["lookups.ts", lookups],
  ] as const) {
    const src = fs.readFileSync(path.join(__dirname, "../../src/functions", file), "utf8");
    for (const m of src.matchAll(/@customfunction\s+(\w+)[\s\S]*?export function (\w+)/g)) {
      const fn = (mod as Record<string, unknown>)[m[2]];
      if (typeof fn === "function") out.push([m[1], fn as Fn]);
    }
  }
  return out;
}
const REGISTERED = registeredFunctions();

// Every input column the sheet contract knows, in its English header.
const HEADERS_EN: CellValue[] = PRODUCT_COLUMNS.map((c) => c.header);

describeWithData("fuzz: the engine and the functions with the CMS data loaded", () => {
  let reference: CodeReference;
  beforeAll(async () => {
    const loaded = await loadAll();
    reference = new CmsCodeReference(loaded.reference, vintageOf(loaded.reference));
    setReference(loaded.reference);
    setFunctionReference(undefined);
  });

  it("buildReport: any grid under a Products header gives one row per input row, every cell a plain value", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(sheetCell, { maxLength: HEADERS_EN.length + 2 }), { maxLength: 8 }),
        (rows) => {
          const grid: CellValue[][] = [HEADERS_EN, ...rows];
          const report = buildReport({ grid, locale: "en", asOf: "2026-11-01", reference });
          expect(report.pathwayColumns.rows).toHaveLength(rows.length);
          for (const table of [report.pathwayColumns, report.evidence, report.strategy])
            for (const row of table.rows)
              for (const v of row) expect(v === null || acceptable(v)).toBe(true);
        }
      ),
      { numRuns: 150 }
    );
  });

  it("finds every registered function", () => {
    expect(REGISTERED.map(([n]) => n)).toEqual(
      expect.arrayContaining([
        "PFS",
        "OPPS",
        "ASC",
        "SITE_TOTAL",
        "CODE",
        "SITES",
        "PATHWAY",
        "PAID_FROM",
      ])
    );
    expect(REGISTERED.length).toBeGreaterThanOrEqual(39);
  });

  it.each(REGISTERED)("REIMB.%s with real codes, sites, localities, years and junk", (name, fn) => {
    fc.assert(
      fc.property(fc.tuple(codeFirst, fc.array(cell, { maxLength: 6 })), ([first, rest]) => {
        const args = [first, ...rest];
        const result = fn(...args);
        if (!acceptable(result))
          throw new Error(`REIMB.${name}(${JSON.stringify(args)}) gave ${String(result)}`);
      }),
      { numRuns: 250 }
    );
  });
});
