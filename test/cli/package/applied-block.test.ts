/**
 * The package writer's only translation: a planned block (src/domain/writeback/plan.ts) as the
 * package applier takes it. Nothing is decided here, so every case checks that what the plan said
 * arrives unchanged: a cell the plan leaves alone stays `undefined` (never written as empty), the
 * user's formula goes back as a formula with the planned value cached, `clear` becomes stale sheet
 * cells, widths only on a block's first write, and a table extent only where the plan may resize a
 * table (an own sheet, or the user's Excel table without a totals row).
 */
import { appliedBlock } from "../../../src/cli/package/run";
import type { BlockFormats, PlannedBlock } from "../../../src/domain/writeback";

const FORMATS: BlockFormats = {
  headerBold: true,
  columns: [
    { col: 0, width: { points: 66, chars: 12 }, wrap: false },
    { col: 2, width: { points: 240, chars: 40 }, wrap: true },
  ],
  setWidths: true,
  fills: [{ row: 1, col: 1, color: "#E2EFDA" }],
  freezeRows: 4,
};

function block(over: Partial<PlannedBlock> = {}): PlannedBlock {
  return {
    key: "pathway",
    sheet: "Products",
    sheetExists: true,
    tableName: "Products",
    placement: "beside",
    tableBefore: { r0: 3, c0: 0, r1: 5, c1: 4 },
    isExcelTable: true,
    totalsRow: false,
    tableAfter: { r0: 3, c0: 0, r1: 5, c1: 7 },
    origin: { r: 3, c: 5 },
    charts: [],
    // E0601 (CPAP, HCPCS Level II DME): the pathway a user kept ("keep" answer) stays undefined.
    grid: [
      ["Pathway", "Benefit", "Next step"],
      ["Existing code", undefined, "Confirm DMEPOS fee schedule"],
      [null, "DME", null],
    ],
    planned: [
      ["Pathway", "Benefit", "Next step"],
      ["Existing code", "DME", "Confirm DMEPOS fee schedule"],
      [null, "DME", null],
    ],
    headers: 3,
    formulas: [{ row: 2, col: 2, formula: '=HYPERLINK("https://www.cms.gov","CMS")' }],
    clear: [{ row: 3, col: 0 }],
    formats: FORMATS,
    kept: new Set(["1,1"]),
    conflicts: [],
    ...over,
  };
}

describe("a planned block as the package applier takes it", () => {
  it("keeps undefined cells, puts formulas back, and places clears on the sheet", () => {
    const out = appliedBlock(block(), undefined);
    expect(out.placement).toBe("besideTable");
    expect(out.table).toBe("Products");
    expect(out.origin).toEqual({ r: 3, c: 5 });
    expect(out.cells).toEqual([
      ["Pathway", "Benefit", "Next step"],
      ["Existing code", undefined, "Confirm DMEPOS fee schedule"],
      [null, "DME", { formula: '=HYPERLINK("https://www.cms.gov","CMS")', cached: null }],
    ]);
    expect(out.cells[1]).toHaveLength(3);
    expect(1 in out.cells[1]).toBe(true);
    expect(out.stale).toEqual([{ r: 6, c: 5 }]);
    expect(out.format).toEqual({
      headerBold: true,
      widths: [12, undefined, 40],
      wrap: [2],
      fills: [{ row: 1, col: 1, color: "#E2EFDA" }],
      freezeRows: 4,
    });
    expect(out.tableRect).toEqual({ r0: 3, c0: 0, r1: 5, c1: 7 });
  });

  it.each([
    ["the user's table has a totals row", { totalsRow: true }, undefined],
    ["the data is not an Excel table", { isExcelTable: false, tableName: "" }, undefined],
    [
      "an own sheet",
      { placement: "ownSheet" as const, key: "evidence" as const, totalsRow: true },
      { r0: 3, c0: 0, r1: 5, c1: 7 },
    ],
  ])("table extent when %s", (_what, over, rect) => {
    expect(appliedBlock(block(over), undefined).tableRect).toEqual(rect);
  });

  it("sets no widths on a later write (the user's widths stay)", () => {
    const out = appliedBlock(block({ formats: { ...FORMATS, setWidths: false } }), undefined);
    expect(out.format?.widths).toEqual([]);
  });

  it("skips a user column's cell on an own sheet that the plan writes back unchanged", () => {
    // Evidence: Notes is a user column; its cell holds what the plan writes, so it is left as is.
    const grid = [
      ["Product ID", "Item ID", "Notes"],
      ["P-1", "E0601-dmepos", "called Noridian"],
    ];
    const out = appliedBlock(
      block({
        key: "evidence",
        sheet: "Evidence",
        tableName: "Evidence",
        placement: "ownSheet",
        origin: { r: 0, c: 0 },
        grid,
        planned: grid,
        formulas: [],
        clear: [],
      }),
      {
        key: "evidence",
        sheet: "Evidence",
        sheetExists: true,
        tableName: "Evidence",
        anchor: { r: 0, c: 0 },
        read: { from: { r: 0, c: 0 }, grid },
      }
    );
    expect(out.cells[1]).toEqual(["P-1", "E0601-dmepos", undefined]);
    expect(out.cells[0]).toEqual(grid[0]);
  });

  it.each([
    ["nothing outside the block", [], true],
    ["a note two rows below the table", [[3, 2, "ask the DME MAC"]], undefined],
    ["a value right of the table", [[0, 4, "Reviewer"]], undefined],
  ] as [string, [number, number, string][], true | undefined][])(
    "own sheet with %s: whether its old rows may be replaced unread",
    (_what, extra, expected) => {
      const grid = [
        ["Product ID", "Item ID", "Notes"],
        ["P-1", "E0601-dmepos", null],
      ];
      const sheet: (string | null)[][] = grid.map((row) => [...row]);
      for (const [r, c, v] of extra) {
        while (sheet.length <= r) sheet.push([]);
        sheet[r][c] = v;
      }
      const out = appliedBlock(
        block({
          key: "evidence",
          sheet: "Evidence",
          tableName: "Evidence",
          placement: "ownSheet",
          origin: { r: 0, c: 0 },
          grid,
          planned: grid,
          formulas: [],
          clear: [],
        }),
        {
          key: "evidence",
          sheet: "Evidence",
          sheetExists: true,
          tableName: "Evidence",
          anchor: { r: 0, c: 0 },
          read: { from: { r: 0, c: 0 }, grid: sheet },
        }
      );
      expect(out.nothingOutside).toBe(expected);
    }
  );
});
