/**
 * The Economics sheet in the pane, on the in-memory Excel with CMS's own files: one stacked bar
 * chart per product with a figure, named by Product ID, its series bound to that product's rows of
 * the Economics table (professional and facility values, sites as categories); a second run
 * updates the charts instead of adding more; a product removed loses its chart; a chart the user
 * made is left alone. The table's figures are REIMB.SITES' (CY2026 PPRRVU26, CY2025 OPPS Addendum B
 * / ASC AA as test/functions/sites.test.ts states), and a code without a site rate says why.
 */
import { FakeExcel, chartsOf, parseAddress } from "../support/fake-excel";
import { classifyWorkbook } from "../../src/excel/classify";
import * as F from "../../src/functions/functions";
import { setReference } from "../../src/functions/state";
import type { EconomicsData } from "../../src/domain/writeback";
import { emptyReference } from "../../src/domain/reference/model";
import { economicsChartName } from "../../src/domain/economics/table";
import { describeWithData, loadAll } from "../data/helpers";

const HEADERS = [
  "Product ID",
  "Product",
  "Product type",
  "Site of care",
  "FDA status",
  "Candidate code(s)",
  "Code fit",
];
// 66984 cataract surgery with IOL (HOPD + ASC), 36902 dialysis circuit angioplasty (office, HOPD,
// ASC), E0601 CPAP (DMEPOS; listed on OPPS Addendum B without a payment, so no chart).
const ROWS = [
  ["P-1", "Toric IOL", "procedure device", "ASC", "PMA approved", "66984", "describes"],
  ["P-2", "Fistula balloon", "procedure device", "office", "510(k) cleared", "36902", "describes"],
  [
    "P-3",
    "SomnaAir CPAP",
    "home-use durable equipment",
    "home",
    "510(k) cleared",
    "E0601",
    "describes",
  ],
];

function setup(rows: string[][]): { fake: FakeExcel; uninstall: () => void } {
  const fake = new FakeExcel();
  fake.setValues("Products", "A1", [HEADERS, ...rows]);
  fake.addTable("Products", `A1:G${rows.length + 1}`, "Products");
  fake.activate("Products");
  return { fake, uninstall: fake.install() };
}

/** The Economics table's cells at a sheet-qualified address, one column. */
function column(fake: FakeExcel, address: string): unknown[] {
  const parsed = parseAddress(address);
  expect(parsed.sheet).toBe("Economics");
  return fake
    .sheet("Economics")
    .cellValues(address.split("!")[1])
    .map((r) => r[0]);
}

describeWithData("Economics charts in the pane (in-memory Excel, CMS files)", () => {
  let economics: EconomicsData;
  beforeAll(async () => {
    const { reference } = await loadAll();
    setReference(reference);
    economics = { reference };
  }, 300_000);
  afterAll(() => setReference(emptyReference()));

  it("two runs leave one chart per product with a figure, bound to its rows; a removed product loses its chart", async () => {
    const { fake, uninstall } = setup(ROWS);
    try {
      await classifyWorkbook({ locale: "en", asOf: "2026-06-01", economics });
      // The user's own chart on the sheet: never touched.
      await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Economics");
        sheet.charts.add("ColumnClustered", sheet.getRange("E2:E3"), "Columns").name = "Mine";
        await context.sync();
      });
      const second = await classifyWorkbook({ locale: "en", asOf: "2026-06-01", economics });
      expect(second.conflicts).toBe(0);

      const charts = chartsOf(fake.state, "Economics");
      expect(charts.map((c) => c.name).sort()).toEqual(
        ["Mine", economicsChartName("P-1"), economicsChartName("P-2")].sort()
      );
      for (const [id, code] of [
        ["P-1", "66984"],
        ["P-2", "36902"],
      ]) {
        const chart = charts.find((c) => c.name === economicsChartName(id))!;
        expect(chart.type).toBe("BarStacked");
        expect(chart.series.map((s) => s.name)).toEqual(["Professional", "Facility"]);
        const expected = F.sites(code) as unknown[][];
        // Categories: the sites REIMB.SITES lists; values: its professional and facility figures.
        for (const s of chart.series)
          expect(column(fake, s.xValues!)).toEqual(expected.map((r) => r[0]));
        expect(column(fake, chart.series[0].values)).toEqual(expected.map((r) => r[1]));
        expect(column(fake, chart.series[1].values)).toEqual(expected.map((r) => r[2]));
        // Beside the table (right of its last column), level with the product's first row.
        const ids = fake
          .sheet("Economics")
          .cellValues()
          .map((r) => r[0]);
        const from = parseAddress(chart.from!).rect;
        expect(from.r0).toBe(ids.indexOf(id));
        expect(from.c0).toBeGreaterThan(fake.table("Economics")!.headers.length);
      }
      // E0601 has a row saying why there is no site rate, never a 0.
      const rows = fake.table("Economics")!.rows;
      const cpap = rows.filter((r) => r[0] === "P-3");
      // The quarter view's bars: one rule per pathway over the quarter cells, keyed on the row's
      // Pathway cell (column C), so a sorted sheet keeps them.
      const rules = fake.sheet("RoadmapQuarters").conditionalFormats;
      expect(rules.map((r) => r.formula)).toEqual(
        expect.arrayContaining(['=AND(D2<>"",$C2="Existing CPT")'])
      );
      expect(rules.filter((r) => r.type === "Custom")).toHaveLength(4);
      // E0601 is on OPPS Addendum B with status indicator Y (no separate OPPS payment): its one
      // site row says so in every figure cell, never 0, and it gets no chart.
      expect(cpap).toHaveLength(1);
      expect(cpap[0][3]).toBe("Hospital outpatient");
      for (const v of cpap[0].slice(4, 10))
        expect(v).toBe("No rate: E0601 has no separate OPPS payment (status indicator Y).");

      // P-2 renamed P-9 (as if deleted and another added): P-2's chart goes, P-9 gets one.
      fake.setValues("Products", "A3", [["P-9"]]);
      await classifyWorkbook({
        economics,
        locale: "en",
        asOf: "2026-06-01",
        confirmOverwrite: async () => true,
      });
      expect(
        chartsOf(fake.state, "Economics")
          .map((c) => c.name)
          .sort()
      ).toEqual(["Mine", economicsChartName("P-1"), economicsChartName("P-9")].sort());
    } finally {
      uninstall();
    }
  }, 300_000);
});
