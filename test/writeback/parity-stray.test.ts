/**
 * A note the user types outside an add-in table, the same on both hosts. The pane writes an own
 * sheet in place, and so do both CLI writers (the workbook package and `--writer exceljs`), so a
 * cell outside the Evidence table is neither lost nor asked about: a re-run asks nothing and the
 * note stays where the user typed it, on both hosts.
 */
import { both, columnOf, type CliWriter, type Host, type Run } from "./parity-hosts";
import { setLocale } from "../../src/i18n/catalogue";

afterAll(() => setLocale("en"));

const NOTE = "ask the DME MAC about E0601 coverage before launch";

interface Noted {
  first: Run;
  rerun: Run;
  /** Where the note was typed, and what the cell holds after the re-run. */
  address: string;
  after: string;
  /** The Evidence grid's height before and after the re-run (the note's row included after). */
  rowsBefore: number;
  rowsAfter: number;
}

async function noteBelowEvidence(h: Host): Promise<Noted> {
  const first = await h.classify(false);
  const evidence = h.grid("Evidence");
  // Two rows below the table: a blank row between, so Excel does not take the note into the table.
  const row = evidence.length + 2;
  const address = `${columnOf(h, "Evidence", "Notes")}${row}`;
  h.type({ sheet: "Evidence", address, value: NOTE });
  const rerun = await h.classify(false);
  const after = h.grid("Evidence");
  const col = after[0].indexOf("Notes");
  return {
    first,
    rerun,
    address,
    after: after[row - 1]?.[col] ?? "",
    rowsBefore: evidence.length,
    rowsAfter: after.length,
  };
}

describe.each<CliWriter>(["package", "exceljs"])(
  "a note typed below the Evidence table (CLI: %s writer)",
  (writer) => {
    it("is kept on a re-run, with no question, on both hosts", async () => {
      const { pane, cli, grids } = await both(noteBelowEvidence, undefined, { writer });
      for (const run of [pane, cli]) {
        expect(run.first.asked).toEqual([]);
        expect(run.rerun.asked).toEqual([]);
        expect(run.after).toBe(NOTE);
        expect(run.rowsAfter).toBe(run.rowsBefore + 2);
      }
      expect(cli.address).toBe(pane.address);
      expect(grids[1]).toEqual(grids[0]);
    });
  }
);
