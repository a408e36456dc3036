/**
 * One write-back policy, two hosts: the same workbook and the same user edits go through the pane's
 * adapter (on the in-memory Excel) and through the CLI, with each of its writers (`--writer exceljs`
 * and the default package writer; hosts: ./parity-hosts.ts), and must leave the same grids in
 * Products, Evidence and Strategy and ask about the same cells.
 *
 * Fixtures: a first run; a re-run after the user typed Evidence Status/Owner, a HYPERLINK formula in
 * Notes and a new value over a pathway cell; Evidence rows sorted by the user; a product deleted;
 * a Strategy table that grew by a column the user typed next to it.
 */
import { setLocale } from "../../src/i18n/catalogue";
import {
  LINK,
  ROWS,
  both as bothHosts,
  columnOf,
  startWith,
  trim,
  type CliWriter,
  type Host,
} from "./parity-hosts";

afterAll(() => setLocale("en"));

describe.each<CliWriter>(["exceljs", "package"])(
  "the pane and the CLI (%s writer) write the same workbook",
  (writer) => {
    const both = <T>(script: (host: Host) => Promise<T>, rows: string[][] = ROWS) =>
      bothHosts(script, startWith(rows), { writer });

    it("on a first run", async () => {
      const { grids, pane, cli } = await both((h) => h.classify(false));
      expect(grids[0].Products[0]).toContain("Pathway");
      expect(grids[0].Evidence.length).toBeGreaterThan(ROWS.length);
      expect(grids[1]).toEqual(grids[0]);
      expect(pane).toEqual({ asked: [], problems: [] });
      expect(cli).toEqual({ asked: [], problems: [] });
    });

    it("on a re-run after the user typed Status, Owner, a HYPERLINK in Notes and over a pathway cell: same question, same result, formula kept", async () => {
      const notes: (string | undefined)[] = [];
      const { grids, pane, cli } = await both(async (h) => {
        await h.classify(false);
        const status = columnOf(h, "Evidence", "Status");
        const owner = columnOf(h, "Evidence", "Owner");
        const note = columnOf(h, "Evidence", "Notes");
        const gate = columnOf(h, "Products", "Next gate");
        h.type({ sheet: "Evidence", address: `${status}2`, value: "in progress" });
        h.type({ sheet: "Evidence", address: `${owner}2`, value: "Dana (regulatory)" });
        h.type({ sheet: "Evidence", address: `${note}3`, value: LINK });
        h.type({ sheet: "Products", address: `${gate}3`, value: "ask the distributor first" });
        const declined = await h.classify(false);
        const accepted = await h.classify(true);
        notes.push(h.formula("Evidence", `${note}3`));
        return { declined: declined.asked, accepted: accepted.asked };
      });
      // The one question: the pathway cell typed over; the user's own Evidence columns never are.
      expect((pane as { declined: string[] }).declined).toEqual([
        expect.stringMatching(/^Products!\w+3=ask the distributor first$/),
      ]);
      expect(cli).toEqual(pane);
      expect(notes).toEqual([LINK, LINK]);
      expect(grids[0].Evidence[1]).toEqual(
        expect.arrayContaining(["in progress", "Dana (regulatory)"])
      );
      // The formula's value differs by host (the in-memory Excel evaluates it, ExcelJS keeps no result).
      const notesAt = grids[0].Evidence[0].indexOf("Notes");
      const withoutNotes = (g: Record<string, string[][]>) => ({
        ...g,
        Evidence: trim(
          g.Evidence.map((r, i) => (i === 2 ? r.map((v, c) => (c === notesAt ? "" : v)) : r))
        ),
      });
      expect(withoutNotes(grids[1])).toEqual(withoutNotes(grids[0]));
    });

    it("after the user sorted the Evidence table: carried by Product ID and item, not by row", async () => {
      const { grids, pane, cli } = await both(async (h) => {
        await h.classify(false);
        const rows = h.grid("Evidence");
        const status = rows[0].indexOf("Status");
        // The user sorts the data rows in reverse and marks the (now) first row done.
        const sorted = [rows[0], ...rows.slice(1).reverse()];
        sorted[1][status] = "done";
        sorted.slice(1).forEach((r, i) =>
          r.forEach((v, c) => {
            if (v !== "" || c === status)
              h.type({
                sheet: "Evidence",
                address: `${String.fromCharCode(65 + c)}${i + 2}`,
                value: v === "" ? "" : `'${v}`.replace(/^'(?![=+\-@0-9])/, ""),
              });
          })
        );
        return (await h.classify(false)).asked;
      });
      // Sorting is not editing: no question, and the new table is in product order again.
      expect(pane).toEqual([]);
      expect(cli).toEqual([]);
      expect(grids[1]).toEqual(grids[0]);
      const done = grids[0].Evidence.find((r) => r.includes("done"));
      expect(done?.[0]).toBe("P-4");
    });

    it("after the user typed another row's text over an Evidence cell: asked in both, as the user's", async () => {
      const { pane, cli } = await both(async (h) => {
        await h.classify(false);
        const rows = h.grid("Evidence");
        const why = rows[0].indexOf("Why it matters");
        const other = rows.findIndex((r, i) => i > 1 && r[why] !== "" && r[why] !== rows[1][why]);
        const column = String.fromCharCode(65 + why);
        h.type({ sheet: "Evidence", address: `${column}2`, value: rows[other][why] });
        return { asked: (await h.classify(false)).asked, column, text: rows[other][why] };
      });
      const { asked, column, text } = pane as { asked: string[]; column: string; text: string };
      expect(asked).toEqual([`Evidence!${column}2=${text}`]);
      expect(cli).toEqual(pane);
    });

    it("after a product was deleted", async () => {
      const { grids } = await both(async (h) => {
        await h.classify(false);
        const width = h.grid("Products")[0].length;
        for (let c = 0; c < width; c++)
          h.type({
            sheet: "Products",
            address: `${String.fromCharCode(65 + c)}${ROWS.length + 1}`,
            value: "",
          });
        h.resizeTable("Products", `A1:${String.fromCharCode(64 + width)}${ROWS.length}`);
        await h.classify(false);
        return undefined;
      });
      expect(grids[1]).toEqual(grids[0]);
      expect(grids[0].Strategy.map((r) => r[0])).not.toContain("P-4");
    });

    it("after the Strategy table grew by a column the user typed next to it", async () => {
      const { grids, pane, cli } = await both(async (h) => {
        await h.classify(false);
        const rows = h.grid("Strategy");
        const next = String.fromCharCode(65 + rows[0].length);
        h.type({ sheet: "Strategy", address: `${next}1`, value: "Board decision" });
        h.type({ sheet: "Strategy", address: `${next}3`, value: "approved 2027-01" });
        // Excel takes a header typed right of a table into the table.
        h.resizeTable("Strategy", `A1:${next}${rows.length}`);
        return (await h.classify(false)).asked;
      });
      expect(pane).toEqual([]);
      expect(cli).toEqual([]);
      expect(grids[1]).toEqual(grids[0]);
      expect(grids[0].Strategy[0].at(-1)).toBe("Board decision");
      expect(grids[0].Strategy[2].at(-1)).toBe("approved 2027-01");
    });

    it("with a product name over Excel's 32,767-character cell limit: cut, with an ellipsis, in both", async () => {
      const long = `Implant ${"x".repeat(40000)}`;
      const rows = [ROWS[0], [ROWS[1][0], long, ...ROWS[1].slice(2)]];
      const { grids } = await both((h) => h.classify(false), rows);
      expect(grids[1]).toEqual(grids[0]);
      const product = grids[0].Strategy[2][1];
      expect(product.length).toBe(32767);
      expect(product.endsWith("\u2026")).toBe(true);
    });
  }
);
