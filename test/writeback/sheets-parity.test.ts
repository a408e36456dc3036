/**
 * The Roadmap, RoadmapQuarters and Economics sheets and the Products `Coded from` / `Paid from`
 * columns, written by both hosts through the one write-back plan: the same grids in the pane (the
 * in-memory Excel) and the CLI (ExcelJS); a re-run with nothing changed asks nothing, in English
 * and after switching to Chinese; Notes a user typed in the Roadmap table stay on their row
 * (Product ID + milestone) across re-runs; a value typed over an add-in cell there is asked about.
 * Dates: as-of 2026-06-01; the fixtures' codes are the parity suite's (E0601, 93656, L1833, 0691T).
 */
import { AS_OF, both as bothHosts, useLocale, type CliWriter, type Host } from "./parity-hosts";
import { setLocale } from "../../src/i18n/catalogue";

const SHEETS = ["Products", "Roadmap", "RoadmapQuarters", "Economics"];

/** The pane, then the CLI with the suite's writer. */
let writer: CliWriter = "exceljs";
async function both(script: (host: Host) => Promise<unknown>): Promise<{
  results: unknown[];
  grids: Record<string, string[][]>[];
}> {
  const { pane, cli, grids } = await bothHosts(script, undefined, { writer, sheets: SHEETS });
  return { results: [pane, cli], grids };
}

function letter(at: number): string {
  return String.fromCharCode(65 + at);
}

afterEach(() => {
  useLocale("en");
  setLocale("en");
});

describe.each<CliWriter>(["exceljs", "package"])(
  "the new sheets and columns, pane and CLI (%s writer) alike",
  (cliWriter) => {
    beforeAll(() => {
      writer = cliWriter;
    });

    it("first run: the same Products headline columns and the same three sheets in both hosts", async () => {
      const { results, grids } = await both((h) => h.classify(false));
      expect(results).toEqual([
        { asked: [], problems: [] },
        { asked: [], problems: [] },
      ]);
      expect(grids[0]).toEqual(grids[1]);
      const products = grids[0].Products;
      const coded = products[0].indexOf("Coded from");
      const paid = products[0].indexOf("Paid from");
      expect(coded).toBeGreaterThan(0);
      expect(paid).toBe(coded + 1);
      // E0601 (P-1) is coded today: Coded from is the as-of date itself.
      expect(products[1][coded]).toBe(AS_OF);
      // Roadmap: product × milestone rows with their Product ID; quarters from Q2 2026.
      const roadmap = grids[0].Roadmap;
      expect(roadmap[0].slice(0, 4)).toEqual(["Product ID", "Product", "Pathway", "Milestone ID"]);
      expect(new Set(roadmap.slice(1).map((r) => r[0]))).toEqual(
        new Set(["P-1", "P-2", "P-3", "P-4"])
      );
      const quarters = grids[0].RoadmapQuarters;
      expect(quarters[0].slice(0, 4)).toEqual(["Product ID", "Product", "Pathway", "2026 Q2"]);
      expect(quarters.slice(1).map((r) => r[0])).toEqual(["P-1", "P-2", "P-3", "P-4"]);
      expect(grids[0].Economics[0]).toEqual([
        "Product ID",
        "Product",
        "Code",
        "Site",
        "Professional",
        "Facility",
        "Total allowed",
        "Program payment",
        "Patient share",
        "Margin after device",
        "Notes",
      ]);
    }, 300_000);

    it("a re-run with nothing changed asks nothing, in English and then in Chinese", async () => {
      const { results, grids } = await both(async (h) => {
        await h.classify(false);
        const again = await h.classify(false);
        useLocale("zh-CN");
        const zh = await h.classify(false);
        useLocale("en");
        return [again, zh];
      });
      const none = { asked: [], problems: [] };
      expect(results).toEqual([
        [none, none],
        [none, none],
      ]);
      expect(grids[0]).toEqual(grids[1]);
      expect(grids[0].Products[0]).toEqual(expect.arrayContaining(["编码起始", "付款起始"]));
    }, 300_000);

    it("Notes typed in the Roadmap stay on their row; a value typed over a date is asked about", async () => {
      const { results, grids } = await both(async (h) => {
        await h.classify(false);
        const header = h.grid("Roadmap")[0];
        const notes = letter(header.indexOf("Notes"));
        const at = header.indexOf("Earliest date");
        // The last dated row (not row 4, whose Notes are typed): a date the add-in wrote.
        const dated = h
          .grid("Roadmap")
          .map((r, i) => (i > 3 && r[at] ? i + 1 : 0))
          .filter((n) => n > 0)
          .pop()!;
        h.type({ sheet: "Roadmap", address: `${notes}4`, value: "budget Q3" });
        h.type({ sheet: "Roadmap", address: `${letter(at)}${dated}`, value: "'2030-01-01" });
        const rerun = await h.classify(false);
        return { rerun, dated, note: h.valueAt("Roadmap", `${notes}4`) };
      });
      expect(grids[0]).toEqual(grids[1]);
      expect(results[0]).toEqual(results[1]);
      const r = results[0] as { rerun: { asked: string[] }; note: string };
      expect(r.note).toBe("budget Q3");
      expect(r.rerun.asked).toEqual([expect.stringMatching(/^Roadmap!.\d+=2030-01-01$/)]);
    }, 300_000);
  }
);
