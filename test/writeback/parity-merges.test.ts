/**
 * Merged cells read the same on both hosts. In Excel a merged area's value is its top-left cell's
 * and the cells it covers are blank (Office.js reads them blank); ExcelJS repeats the top-left value
 * in every covered cell. Both hosts read through one rule (src/domain/sheet/merges.ts), so a
 * Products range with a header merged across two columns and a Site of care merged down two rows
 * gives the same grids and the same problems: no "second Product column", and the covered rows'
 * Site of care is missing (as the user sees it in Excel), not silently copied.
 */
import { both, type Run } from "./parity-hosts";
import { setLocale } from "../../src/i18n/catalogue";

afterAll(() => setLocale("en"));

// Real codes: E0601 CPAP (DME), L1833 knee orthosis, 93656 AF ablation (CPT I), 0691T (Cat III).
// Column C is the user's own (a model number) under the merged "Product" header.
const CELLS = [
  [
    "Product ID",
    "Product",
    "",
    "Product type",
    "Site of care",
    "FDA status",
    "Candidate code(s)",
    "Code fit",
  ],
  [
    "P-1",
    "SomnaAir CPAP",
    "SA-200",
    "home-use durable equipment",
    "home",
    "510(k) cleared",
    "E0601",
    "describes",
  ],
  ["P-3", "Knee brace", "KB-7", "orthotic or prosthetic", "", "exempt", "L1833", "describes"],
  [
    "P-2",
    "AF ablation catheter",
    "AF-3",
    "procedure device",
    "hospital outpatient",
    "510(k) cleared",
    "93656",
    "describes",
  ],
  [
    "P-4",
    "AI CT analysis",
    "CT-1",
    "software analysis",
    "",
    "510(k) cleared",
    "0691T",
    "describes",
  ],
];
const MERGES = ["B1:C1", "E2:E3", "E4:E5"];

describe("merged cells in Products, on both hosts", () => {
  it("a merged header is one column; a value merged down is the first row's only: same grids, same problems", async () => {
    const { pane, cli, grids } = await both(async (h) => (await h.adopt(), h.classify(false)), {
      cells: CELLS,
      table: false,
      merges: MERGES,
    });
    expect(cli).toEqual(pane);
    // One difference, from adopting and not from merges: the pane made the range a table (it
    // classifies tables only), and Excel names a table's blank header cell; the CLI's stays blank.
    expect(grids[0].Products[0][2]).toBe("Column3");
    expect(grids[1].Products[0][2]).toBe("");
    grids[0].Products[0][2] = "";
    expect(grids[1]).toEqual(grids[0]);
    const problems = (pane as Run).problems;
    // No repeated "Product" column from the covered header cell C1.
    expect(problems.filter((p) => p.startsWith("rows.sheet.duplicateColumn"))).toEqual([]);
    // Site of care is blank in rows 3 and 5 (covered cells), as Excel shows them: reported there.
    expect(problems.filter((p) => / siteOfCare$/.test(p)).map((p) => p.split(" ")[1])).toEqual([
      "3",
      "5",
    ]);
    // The first row of each merged area is classified from its value.
    const products = grids[0].Products;
    const pathway = products[0].indexOf("Pathway");
    expect(products[1][pathway]).not.toBe("");
    expect(products[3][pathway]).not.toBe("");
  });

  it("covered cells stay blank on both hosts, whatever ExcelJS repeats in them", async () => {
    const { grids } = await both(async (h) => (await h.adopt(), h.classify(false)), {
      cells: CELLS,
      table: false,
      merges: MERGES,
    });
    for (const g of grids)
      expect(g.Products.map((r) => r[4]).slice(1, 5)).toEqual([
        "home",
        "",
        "hospital outpatient",
        "",
      ]);
    expect(grids[1].Products[0].slice(0, 3)).toEqual(["Product ID", "Product", ""]);
  });
});
