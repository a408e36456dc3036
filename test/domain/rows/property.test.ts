import fc from "fast-check";
import { formatProblem, INFORMATIONAL_COLUMNS, parseProductRows, PRODUCT_COLUMNS } from "../../../src/domain/rows";
import type { CellValue } from "../../../src/domain/product";
import { CATALOGUE } from "../../../src/i18n/catalogue";
import { HEADER } from "./fixtures";

/** Cells a host can hand over, biased towards values that mean something in this sheet. */
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.constantFrom("", " ", "-", "=A1", "+1", "@x", "#N/A", "office", "POS 22", "implant", "ofice", "yes", "N", "99213, 0691T", "E2103", "9921", "$1,200.50", "-5", "3/15/2024", "2023-02-29", "P-1", "p-1"),
  fc.double(),
  fc.integer({ min: -100, max: 3_000_000 }),
  fc.boolean(),
);

const grid = fc.array(fc.array(cell, { maxLength: 20 }), { maxLength: 30 });
/** A grid that always has the header, so most rows get read. */
const withHeader = fc
  .tuple(fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 3 }), fc.array(fc.array(cell, { minLength: 16, maxLength: 18 }), { maxLength: 30 }))
  .map(([preamble, body]) => [...preamble, HEADER, ...body]);

function isBlankForProducts(line: CellValue[] | undefined, indexes: number[]): boolean {
  return indexes.every((i) => {
    const v = line?.[i];
    if (v === null || v === undefined) return true;
    if (typeof v === "number") return Number.isNaN(v);
    if (typeof v === "string") return /^[\s\-\u2012-\u2015]*$/.test(v);
    return false;
  });
}

describe("parseProductRows on arbitrary grids", () => {
  it("never throws, and every problem renders to a line of text from the catalogue", () => {
    fc.assert(
      fc.property(fc.oneof(grid, withHeader), (g) => {
        const result = parseProductRows(g);
        for (const p of result.problems) {
          expect(CATALOGUE.en[p.id]).toBeDefined();
          // What the user typed may itself read "{0}" or "NaN": take it out before looking for an
          // unfilled placeholder or a leaked NaN/undefined from our own templates.
          let line = formatProblem(p, "en");
          const typed = [p.value, p.columnHeader, ...Object.values(p.params ?? {})].filter((v) => v !== undefined && v !== "");
          for (const v of typed) line = line.split(String(v)).join("");
          expect(line).not.toMatch(/\{\w+\}/);
          expect(line).not.toMatch(/NaN|undefined/);
        }
      }),
      { numRuns: 200 },
    );
  });

  // docs/features.md#classify: good rows are still classified and bad cells reported. A row is dropped only for an
  // error in a column that decides classification; an error in an informational column (device cost,
  // annual volume) is reported while the row still comes back without that value.
  it("returns every non-blank row below the header, or reports a deciding-column error for it; never both", () => {
    fc.assert(
      fc.property(withHeader, (g) => {
        const result = parseProductRows(g);
        const header = result.header;
        expect(header).toBeDefined();
        if (!header) return;
        const indexes = Object.values(header.columns) as number[];
        const returned = new Set(result.rows.map((r) => r.rowNumber));
        const failed = new Set(
          result.problems
            .filter((p) => p.severity === "error" && !(p.column !== undefined && INFORMATIONAL_COLUMNS.has(p.column)))
            .map((p) => p.rowNumber),
        );
        for (let i = header.headerRowIndex + 1; i < g.length; i++) {
          const rowNumber = i + 1;
          if (isBlankForProducts(g[i], indexes)) {
            expect(returned.has(rowNumber) || failed.has(rowNumber)).toBe(false);
          } else {
            expect([rowNumber, returned.has(rowNumber) !== failed.has(rowNumber)]).toEqual([rowNumber, true]);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("returns rows whose values are canonical and whose IDs are unique", () => {
    const allowed = new Map(PRODUCT_COLUMNS.filter((c) => c.kind === "enum").map((c) => [c.id, new Set<string>(c.vocabulary?.values)]));
    fc.assert(
      fc.property(withHeader, (g) => {
        const { rows } = parseProductRows(g);
        const ids = rows.map((r) => r.productId.toUpperCase());
        expect(new Set(ids).size).toBe(ids.length);
        for (const r of rows) {
          for (const [id, values] of allowed) {
            const v = r[id as keyof typeof r];
            if (v !== undefined) expect(values.has(v as string)).toBe(true);
          }
          for (const code of r.candidateCodes) expect(code).toMatch(/^[A-Z0-9]{5}$/);
          for (const n of [r.deviceCost, r.annualVolume]) if (n !== undefined) expect(Number.isFinite(n) && n >= 0).toBe(true);
          if (r.fdaDecisionDate !== undefined) expect(r.fdaDecisionDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }),
      { numRuns: 200 },
    );
  });
});
