/**
 * The write-back policy's rules on their own (src/domain/writeback): who owns a cell, what needs
 * consent, which formulas come back, Excel's cell limit, and the one colour table.
 */
import fc from "fast-check";
import {
  BLOCK_SPECS,
  EXCEL_MAX_CELL_CHARS,
  PATHWAY_FILLS,
  argb,
  capCell,
  lastWritten,
  pathwayFill,
  planBlock,
  recordFor,
  userFormulas,
} from "../../src/domain/writeback";
import {
  EVIDENCE_COLUMNS,
  PATHWAY_COLUMNS,
  STRATEGY_COLUMNS,
  headersIn,
} from "../../src/domain/report";
import { fingerprintBlock, type BlockRecord } from "../../src/domain/report/record";
import { PATHWAY_LABELS } from "../../src/domain/pathway/types";
import type { CellValue } from "../../src/domain/product";

const PATHWAY_EN = headersIn(PATHWAY_COLUMNS, "en");
const PATHWAY_ZH = headersIn(PATHWAY_COLUMNS, "zh-CN");

function row(width: number, fill: (c: number) => CellValue): CellValue[] {
  return Array.from({ length: width }, (_v, c) => fill(c));
}

describe("Excel's 32,767-character cell limit", () => {
  it("cuts longer text to exactly the limit, ending in an ellipsis, and leaves the rest alone", () => {
    const long = "x".repeat(40000);
    const cut = capCell(long) as string;
    expect(cut.length).toBe(EXCEL_MAX_CELL_CHARS);
    expect(cut.endsWith("\u2026")).toBe(true);
    expect(capCell("x".repeat(EXCEL_MAX_CELL_CHARS))).toBe("x".repeat(EXCEL_MAX_CELL_CHARS));
    expect(capCell(12)).toBe(12);
    expect(capCell(null)).toBeNull();
  });

  it("never splits a character made of two UTF-16 units", () => {
    const emoji = "\u{1F600}".repeat(20000); // 40,000 units
    const cut = capCell(emoji) as string;
    expect(cut.length).toBeLessThanOrEqual(EXCEL_MAX_CELL_CHARS);
    // No high surrogate without its low half.
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(cut)).toBe(false);
  });

  it("is applied to every cell a block writes", () => {
    const next = [PATHWAY_EN, row(PATHWAY_EN.length, (c) => (c === 11 ? "r".repeat(50000) : null))];
    const plan = planBlock({
      spec: BLOCK_SPECS.pathway,
      sheet: "Products",
      origin: { r: 0, c: 8 },
      current: [row(PATHWAY_EN.length, () => null), row(PATHWAY_EN.length, () => null)],
      next,
    });
    expect((plan.next[1][11] as string).length).toBe(EXCEL_MAX_CELL_CHARS);
  });
});

describe("who wrote a cell", () => {
  it("without a record, takes a column headed with the add-in's own column at that place (any language) as the add-in's", () => {
    const current = [
      [...PATHWAY_ZH.slice(0, 2), "My notes", ...PATHWAY_ZH.slice(3)],
      row(PATHWAY_EN.length, (c) => `v${c}`),
    ];
    const last = lastWritten(BLOCK_SPECS.pathway, current, undefined);
    expect(last[1][0]).toBe("v0");
    expect(last[1][2]).toBeNull(); // the user retitled that column: their cells are theirs
  });

  it("asks about a cell typed over the add-in's output, names its column and Product ID, and never about a user column", () => {
    const headers = headersIn(STRATEGY_COLUMNS, "en");
    const written = [headers, row(headers.length, (c) => (c === 0 ? "P-7" : `w${c}`))];
    const record: BlockRecord = {
      key: "strategy",
      origin: "Strategy!A1",
      rows: fingerprintBlock(written),
    };
    const current = [
      [...headers, "Board decision"],
      [...row(headers.length, (c) => (c === 0 ? "P-7" : c === 5 ? "typed" : `w${c}`)), "yes"],
    ];
    const next = [
      [...headers, "Board decision"],
      [...row(headers.length, (c) => (c === 0 ? "P-7" : `n${c}`)), "yes"],
    ];
    const plan = planBlock({
      spec: BLOCK_SPECS.strategy,
      sheet: "Strategy",
      origin: { r: 0, c: 0 },
      current,
      next,
      record,
    });
    expect(plan.conflicts).toEqual([
      expect.objectContaining({
        sheet: "Strategy",
        address: "F2",
        column: headers[5],
        productId: "P-7",
        current: "typed",
        next: "n5",
      }),
    ]);
    expect(plan.userColumns.has(headers.length)).toBe(true);
  });

  it("in a keyed table, a sorted row is still the add-in's (property: any permutation of written rows asks nothing)", () => {
    const headers = headersIn(EVIDENCE_COLUMNS, "en");
    const written = [
      headers,
      ...Array.from({ length: 6 }, (_v, r) =>
        row(headers.length, (c) => (c < 9 ? `r${r}c${c}` : null))
      ),
    ];
    const record: BlockRecord = {
      key: "evidence",
      origin: "Evidence!A1",
      rows: fingerprintBlock(written),
    };
    fc.assert(
      fc.property(
        fc.shuffledSubarray([1, 2, 3, 4, 5, 6], { minLength: 6, maxLength: 6 }),
        (order) => {
          const current = [headers, ...order.map((i) => written[i])];
          const next = [
            headers,
            ...Array.from({ length: 6 }, () => row(headers.length, () => "new")),
          ];
          const plan = planBlock({
            spec: BLOCK_SPECS.evidence,
            sheet: "Evidence",
            origin: { r: 0, c: 0 },
            current,
            next,
            record,
          });
          return plan.conflicts.length === 0;
        }
      )
    );
  });

  it("uses a record only for the sheet it was written on", () => {
    const record: BlockRecord = { key: "pathway", origin: "'My Products'!H1", rows: [] };
    const records = new Map([["pathway", record] as const]);
    expect(recordFor(records, "pathway", "My Products")).toBe(record);
    expect(recordFor(records, "pathway", "Products")).toBeUndefined();
  });
});

describe("who wrote a cell of a keyed table (rows matched by Product ID, and item for Evidence)", () => {
  const headers = headersIn(STRATEGY_COLUMNS, "en");
  // Three products as written: P-1 E0601, P-2 93656, P-3 L1833; column 1 holds each row's own text.
  const written = [
    headers,
    ...["P-1", "P-2", "P-3"].map((id) => row(headers.length, (c) => (c === 0 ? id : `${id}:${c}`))),
  ];
  const record: BlockRecord = {
    key: "strategy",
    origin: "Strategy!A1",
    rows: fingerprintBlock(written),
  };

  it("takes every cell of a sorted table as the add-in's, wherever its row went", () => {
    const sorted = [written[0], written[3], written[1], written[2]];
    const last = lastWritten(BLOCK_SPECS.strategy, sorted, record);
    expect(last).toEqual(sorted);
  });

  it("takes another row's text typed over a cell as the user's", () => {
    const current = written.map((r) => [...r]);
    current[1][1] = "P-2:1"; // what the add-in wrote for P-2, typed into P-1's row
    const last = lastWritten(BLOCK_SPECS.strategy, current, record);
    expect(last[1][1]).toBeNull();
    expect(last[1][2]).toBe("P-1:2");
    expect(last[2][1]).toBe("P-2:1");
  });

  it("compares a row whose key was typed over with the row written at its place", () => {
    const current = written.map((r) => [...r]);
    current[2][0] = "P-9";
    const last = lastWritten(BLOCK_SPECS.strategy, current, record);
    expect(last[2][0]).toBeNull();
    expect(last[2][1]).toBe("P-2:1");
  });

  it("holds for any permutation of the rows (fast-check)", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([1, 2, 3], { minLength: 3, maxLength: 3 }), (order) => {
        const current = [written[0], ...order.map((i) => written[i])];
        expect(lastWritten(BLOCK_SPECS.strategy, current, record)).toEqual(current);
      })
    );
  });
});

describe("the user's formulas", () => {
  it("come back where their carried value went, by Product ID and item, and nowhere else", () => {
    const headers = headersIn(EVIDENCE_COLUMNS, "en");
    const notes = headers.indexOf("Notes");
    const line = (id: string, item: string, note: CellValue): CellValue[] =>
      row(headers.length, (c) => (c === 0 ? id : c === 2 ? item : c === notes ? note : null));
    const previous = [headers, line("P-1", "a", "spec"), line("P-2", "a", "=not a formula")];
    const formulas = new Map([[`1,${notes}`, '=HYPERLINK("https://www.cms.gov","spec")']]);
    const next = [headers, line("P-2", "a", "=not a formula"), line("P-1", "a", "spec")];
    expect(userFormulas(BLOCK_SPECS.evidence, previous, formulas, next)).toEqual([
      { row: 2, col: notes, formula: '=HYPERLINK("https://www.cms.gov","spec")' },
    ]);
    // A formula in one of the add-in's own columns is not the user's: it is not put back.
    const inTool = new Map([["1,3", "=1+1"]]);
    expect(userFormulas(BLOCK_SPECS.evidence, previous, inTool, next)).toEqual([]);
  });
});

describe("one colour table", () => {
  it("colours a Pathway cell by the label it begins with, in Office.js and file forms", () => {
    expect(pathwayFill(PATHWAY_LABELS["existing-cpt"])).toBe(PATHWAY_FILLS["existing-cpt"]);
    expect(pathwayFill(`${PATHWAY_LABELS["new-code"]} (Category III first)`)).toBe(
      PATHWAY_FILLS["new-code"]
    );
    expect(pathwayFill("something else")).toBeUndefined();
    expect(argb("#C6EFCE")).toBe("FFC6EFCE");
  });
});
