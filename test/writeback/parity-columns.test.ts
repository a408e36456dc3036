/**
 * Columns a user inserted into Products between runs, the same on both hosts: one inside the input
 * block (a "Distributor" column between Product and Product type) and one just before the add-in's
 * pathway block (the user's own "Internal owner"). Excel widens the Products table by each column
 * and shifts the cells right; the pane sees that in the in-memory Excel, the CLI reads the file
 * Excel saved. A re-run must give the same grids and ask the same questions on both, keep the
 * user's columns and values, and find the pathway block where it now is (not write a second one).
 */
import { ROWS, both, columnOf, type Host } from "./parity-hosts";
import { columnIndex } from "../../src/domain/sheet/address";
import { setLocale } from "../../src/i18n/catalogue";

afterAll(() => setLocale("en"));

interface Inserted {
  /** The Products table before and after the two inserts. */
  tables: [string, string];
  asked: string[];
  rerun: string[];
}

async function insertAndRerun(h: Host): Promise<Inserted> {
  await h.classify(false);
  const before = h.tableRef("Products");
  // Inside the input block: before "Product type" (C).
  h.insertColumn("Products", "C");
  h.userTypes({ sheet: "Products", address: "C1", value: "Distributor" });
  h.userTypes({ sheet: "Products", address: "C2", value: "MedSupply Co" });
  h.userTypes({ sheet: "Products", address: "C4", value: "OrthoDirect" });
  // Just before the pathway block (its first column moved one right by the insert above).
  const pathway = columnOf(h, "Products", "Pathway");
  h.insertColumn("Products", pathway);
  h.userTypes({ sheet: "Products", address: `${pathway}1`, value: "Internal owner" });
  h.userTypes({ sheet: "Products", address: `${pathway}3`, value: "Sam (market access)" });
  const tables: [string, string] = [before, h.tableRef("Products")];
  const run = await h.classify(false);
  const again = await h.classify(false);
  return { tables, asked: run.asked, rerun: again.asked };
}

describe("columns the user inserted into Products between runs", () => {
  it("inside the input block and before the pathway block: same grids, same questions, the user's columns kept", async () => {
    const { pane, cli, grids } = await both(insertAndRerun);
    expect(cli).toEqual(pane);
    expect(grids[1]).toEqual(grids[0]);
    // Both inserts fell inside the table: Excel widened it by two columns.
    const [before, after] = pane.tables.map((ref) => /^A1:([A-Z]+)\d+$/.exec(ref)?.[1] ?? "");
    expect(columnIndex(after)).toBe(columnIndex(before) + 2);

    const products = grids[0].Products;
    const header = products[0];
    expect(header.slice(0, 4)).toEqual(["Product ID", "Product", "Distributor", "Product type"]);
    expect(products.map((r) => r[2])).toEqual([
      "Distributor",
      "MedSupply Co",
      "",
      "OrthoDirect",
      "",
    ]);
    const owner = header.indexOf("Internal owner");
    expect(owner).toBe(header.indexOf("Code fit") + 1);
    expect(products[2][owner]).toBe("Sam (market access)");
    // One pathway block, right after the user's column, filled for every product.
    expect(header.filter((h) => h === "Pathway")).toHaveLength(1);
    const pathway = header.indexOf("Pathway");
    expect(pathway).toBe(owner + 1);
    for (let r = 1; r <= ROWS.length; r++) expect(products[r][pathway]).not.toBe("");
    // Inserting columns is not editing the add-in's cells: nothing to ask, now or on the next run.
    expect(pane).toMatchObject({ asked: [], rerun: [] });
  });
});
