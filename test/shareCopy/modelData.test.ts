/**
 * The About sheet states the year, conversion factor and locality the workbook's REIMB cells
 * actually use. Figures: CY2025 PFS CF 32.3465 and CY2026 PFS CF 33.4009 (CMS CY2025 and CY2026
 * PFS final rules, as in src/domain/economics/params.ts); 99213 CY2026 RVU26C work 1.30, non-facility
 * PE 1.46, MP 0.09.
 */
import * as ExcelJS from "exceljs";
import { render } from "../../src/i18n/catalogue";
import { LATEST_YEAR } from "../../src/domain/economics/params";
import { buildAbout, modelAssumptions } from "../../src/domain/about/about";
import { DATASET_URLS, modelData } from "../../src/domain/about/modelData";
import { shareWorkbook } from "../../src/shareCopy";

const NOW = new Date("2026-11-26T15:30:00Z");

describe("modelData: what the REIMB calls use", () => {
  it.each([
    // [calls, years, cfs]
    [
      "PARAM with a year",
      [{ key: "param", args: ["PFS_CF", 2025], value: 32.3465 }],
      [[2025, 1]],
      [32.3465],
    ],
    [
      "PFS_RVU passed CY2025's CF",
      [{ key: "pfsrvu", args: [1.3, 1.46, 0.09, 32.3465] }],
      [[2025, 1]],
      [32.3465],
    ],
    [
      "PFS with a year argument",
      [{ key: "pfs", args: ["99213", "office", null, 2025] }],
      [[2025, 1]],
      [],
    ],
    ["ASC with the year omitted", [{ key: "asc", args: ["66984"] }], [[LATEST_YEAR, 1]], []],
  ] as const)("%s", (_name, calls, years, cfs) => {
    const m = modelData(calls as never, LATEST_YEAR);
    expect(m.years.map((y) => [y.value, y.cells])).toEqual(years);
    expect(m.conversionFactors.map((c) => c.value)).toEqual(cfs);
  });

  it("names the CMS parameter and year a conversion factor belongs to, and marks one CMS never published", () => {
    const m = modelData(
      [
        { key: "pfsrvu", args: [1, 1, 1, 32.3465] },
        { key: "pfsrvu", args: [1, 1, 1, 40] },
      ],
      2026
    );
    expect(m.conversionFactors).toContainEqual({
      value: 32.3465,
      cells: 1,
      name: "PFS_CF",
      year: 2025,
    });
    expect(m.conversionFactors.find((c) => c.value === 40)?.year).toBeUndefined();
  });

  it("calls CY2025's single PFS CF the PFS conversion factor, even when a QP PARAM read it too", () => {
    const m = modelData(
      [
        { key: "param", args: ["PFS_CF_QP", 2025], value: 32.3465 },
        { key: "param", args: ["PFS_CF", 2025], value: 32.3465 },
        { key: "pfsrvu", args: [1, 1, 1, 32.3465] },
      ],
      2026
    );
    expect(m.conversionFactors).toEqual([{ value: 32.3465, cells: 3, name: "PFS_CF", year: 2025 }]);
  });

  it("lists each year of a mixed-year model with its cell count, most used first", () => {
    const m = modelData(
      [
        { key: "pfs", args: ["99213", "office", null, 2025] },
        { key: "pfs", args: ["99214", "office", null, 2025] },
        { key: "opps", args: ["C1889", 2026] },
      ],
      2026
    );
    expect(m.years).toEqual([
      { value: 2025, cells: 2 },
      { value: 2026, cells: 1 },
    ]);
    expect(m.explicitYear).toBe(true);
    expect(m.datasets).toEqual(["pfs", "opps"]);
  });

  it("falls back to the loaded data's default year when no cell names one", () => {
    const m = modelData([{ key: "margin", args: [100, 10, 5] }], 2026);
    expect(m.years).toEqual([{ value: 2026, cells: 0 }]);
    expect(m.explicitYear).toBe(false);
    const rows = modelAssumptions(m).map((a) => render(a.source as { id: string }, "en"));
    expect(rows[0]).toContain("no REIMB cell names a year");
  });

  it("collects localities and the datasets read", () => {
    const m = modelData(
      [
        { key: "pfs", args: ["99213", "office", "01112-05", 2026] },
        { key: "gpci", args: ["MANHATTAN", "work", 2026] },
        { key: "clfs", args: ["80053"] },
      ],
      2026
    );
    expect(m.localities).toEqual(["01112-05", "MANHATTAN"]);
    expect(m.datasets).toEqual(["pfs", "clfs"]);
  });

  it("cites openable CMS pages, never our internal notes", () => {
    const cells = buildAbout({
      sharedOn: NOW,
      sheetsIncluded: [],
      replaced: 0,
      staleCount: 0,
      errorCount: 0,
    }).flatMap((r) => r.cells);
    for (const urls of Object.values(DATASET_URLS))
      for (const u of urls) {
        expect(u).toMatch(/^https:\/\/www\.cms\.gov\//);
        expect(cells).toContain(u);
      }
    expect(cells.filter((c) => typeof c === "string").join(" ")).not.toContain(
      "docs/reimbursement.md"
    );
  });
});

/** A small model: Year in B1, PFS CF read with PARAM in B2, a PFS_RVU payment in B3 (cached values as Excel saves them). */
async function workbook(
  cells: Array<[string, string | number, (string | undefined)?]>
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Model");
  for (const [addr, value, formula] of cells) {
    ws.getCell(addr).value = formula
      ? ({ formula, result: value } as ExcelJS.CellFormulaValue)
      : value;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function aboutText(bytes: Uint8Array): Promise<string[][]> {
  const out = await shareWorkbook(bytes, { now: NOW });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    out.bytes.buffer.slice(
      out.bytes.byteOffset,
      out.bytes.byteOffset + out.bytes.byteLength
    ) as ArrayBuffer
  );
  const ws = wb.getWorksheet("About this model");
  if (!ws) throw new Error("no About sheet");
  const rows: string[][] = [];
  ws.eachRow((row) => rows.push([1, 2, 3].map((c) => String(row.getCell(c).value ?? ""))));
  return rows;
}

describe("About sheet of a shared workbook", () => {
  it("states 2025 and CF 32.3465 for a CY2025 model", async () => {
    // 1.30 + 1.46 + 0.09 = 2.85 RVU × 32.3465 = $92.19
    const rows = await aboutText(
      await workbook([
        ["B1", 2025],
        ["B2", 32.3465, 'REIMB.PARAM("PFS_CF",B1)'],
        ["B3", 92.19, "REIMB.PFS_RVU(1.3,1.46,0.09,B2)"],
      ])
    );
    expect(rows).toContainEqual(["Payment year", "2025", ""]);
    expect(rows).toContainEqual([
      "PFS conversion factor",
      "32.3465",
      expect.stringContaining("2025"),
    ]);
    expect(rows).toContainEqual([
      "Conversion factor used by the cells",
      "32.3465",
      "CMS PFS_CF for 2025; REIMB cells: 2",
    ]);
    expect(rows.flat()).not.toContain("33.4009");
  });

  it("lists both years of a mixed-year model", async () => {
    const rows = await aboutText(
      await workbook([
        ["B2", 32.3465, 'REIMB.PARAM("PFS_CF",2025)'],
        ["B3", 33.4009, 'REIMB.PARAM("PFS_CF",2026)'],
        ["B4", 95.19, "REIMB.PFS_RVU(1.3,1.46,0.09,33.4009)"],
      ])
    );
    const years = rows.filter((r) => r[0] === "Payment year used by the cells");
    expect(years).toEqual([
      ["Payment year used by the cells", "2026", "REIMB cells that name this year: 2"],
      ["Payment year used by the cells", "2025", "REIMB cells that name this year: 1"],
    ]);
  });

  it("states the loaded data's default year when no REIMB cell names one", async () => {
    const rows = await aboutText(await workbook([["B3", 95.19, "REIMB.PFS_RVU(1.3,1.46,0.09)"]]));
    expect(rows).toContainEqual(["Payment year", String(LATEST_YEAR), ""]);
    expect(rows.find((r) => r[0] === "Payment year used by the cells")?.[2]).toContain(
      "no REIMB cell names a year"
    );
  });
});
