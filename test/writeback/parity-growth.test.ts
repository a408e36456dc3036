/**
 * Tables a user grew by typing next to them, the same on both hosts. In Excel, a value typed in the
 * row right below a table or the column right of it joins the table (AutoCorrect "Include new rows
 * and columns in table"); the pane sees the grown table in the in-memory Excel (which applies that
 * rule as the user types), the CLI reads the file Excel saved with the table already grown. Either
 * way a re-run keeps the user's cells as the user's: a row added to Evidence, a "Reviewer" column
 * next to it, a product added below Products (classified like the others).
 */
import { ROWS, both, columnOf, letters, type Host, type Run } from "./parity-hosts";
import { setLocale } from "../../src/i18n/catalogue";

afterAll(() => setLocale("en"));

// E2103: non-adjunctive continuous glucose monitor (HCPCS Level II, DME).
const NEW_PRODUCT = [
  "P-5",
  "GlucoTrack CGM",
  "home-use durable equipment",
  "home",
  "510(k) cleared",
  "E2103",
  "describes",
];

interface Grown {
  before: Record<string, string>;
  after: Record<string, string>;
  rerun: Run;
}

/** First run, then the user's typing (through `typeWith`), then a re-run. */
async function grow(h: Host, typeWith: "userTypes" | "type"): Promise<Grown> {
  const first = await h.classify(false);
  expect(first.asked).toEqual([]);
  const tables = ["Products", "Evidence"];
  const before = Object.fromEntries(tables.map((t) => [t, h.tableRef(t)]));
  const evidence = h.grid("Evidence");
  const below = evidence.length + 1;
  const right = letters(evidence[0].length);
  const status = columnOf(h, "Evidence", "Status");
  const notes = columnOf(h, "Evidence", "Notes");
  const typed = (sheet: string, address: string, value: string): void =>
    h[typeWith]({ sheet, address, value });
  // A row of the user's own below Evidence: P-1, a payer call to make.
  typed("Evidence", `A${below}`, "P-1");
  typed("Evidence", `${status}${below}`, "waiting on payer");
  typed("Evidence", `${notes}${below}`, "call the DME MAC medical director");
  // A column of the user's own right of Evidence.
  typed("Evidence", `${right}1`, "Reviewer");
  typed("Evidence", `${right}2`, "Dana (regulatory)");
  // A product typed below the Products table, cell by cell from column A.
  const productRow = ROWS.length + 2;
  NEW_PRODUCT.forEach((v, c) => typed("Products", `${letters(c)}${productRow}`, v));
  const after = Object.fromEntries(tables.map((t) => [t, h.tableRef(t)]));
  return { before, after, rerun: await h.classify(false) };
}

describe("tables the user grew by typing next to them (pane: typed in Excel; CLI: saved grown)", () => {
  it("a row and a Reviewer column added to Evidence, a product added below Products: kept, no question, same grids", async () => {
    const { pane, cli, grids } = await both((h) => grow(h, "userTypes"));
    // The tables grew: Evidence by one row and one column, Products by one row.
    const grew = (ref: string): { rows: number; cols: number } => {
      const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref)!;
      return {
        rows: Number(m[4]) - Number(m[2]) + 1,
        cols: m[3].charCodeAt(0) - m[1].charCodeAt(0) + 1,
      };
    };
    const [b, a] = [grew(pane.before.Evidence), grew(pane.after.Evidence)];
    expect(a).toEqual({ rows: b.rows + 1, cols: b.cols + 1 });
    expect(grew(pane.after.Products).rows).toBe(grew(pane.before.Products).rows + 1);
    // Excel's grown tables are the tables the CLI reads from the saved file.
    expect(cli.after).toEqual(pane.after);

    expect(pane.rerun).toEqual({ asked: [], problems: [] });
    expect(cli.rerun).toEqual(pane.rerun);
    expect(grids[1]).toEqual(grids[0]);

    const evidence = grids[0].Evidence;
    expect(evidence[0].at(-1)).toBe("Reviewer");
    expect(evidence[1].at(-1)).toBe("Dana (regulatory)");
    const own = evidence.find((r) => r.includes("waiting on payer"));
    expect(own?.[0]).toBe("P-1");
    expect(own).toContain("call the DME MAC medical director");
    // The new product is classified like the others: its pathway cells are filled.
    const products = grids[0].Products;
    const pathway = products[0].indexOf("Pathway");
    expect(products[ROWS.length + 1][0]).toBe("P-5");
    expect(products[ROWS.length + 1][pathway]).not.toBe("");
    expect(grids[0].Strategy.map((r) => r[0])).toContain("P-5");
  });
});
