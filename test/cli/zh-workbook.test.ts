/**
 * `reimb classify --lang zh-CN` on the bundled portfolio: every cell the add-in writes is Chinese but
 * code names and the user's own text, and the English re-run of that file recognises the Chinese
 * output as the add-in's own (nothing asked, the user's Evidence Status kept).
 */
import { ROADMAP_COLUMNS } from "../../src/domain/roadmap/table";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/classify";
import { EVIDENCE_COLUMNS, headersIn, recogniseReportName } from "../../src/domain/report";
import { setLocale } from "../../src/i18n/catalogue";
import { englishWords } from "../support/english";

const EXAMPLE = path.join(__dirname, "../../examples/portfolio.xlsx");

function text(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") return cell.text;
  return String(v);
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function cells(ws: ExcelJS.Worksheet): { address: string; col: number; text: string }[] {
  const out: { address: string; col: number; text: string }[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell, col) => {
      const s = text(cell).trim();
      if (s) out.push({ address: cell.address, col, text: s });
    })
  );
  return out;
}

function tableNames(ws: ExcelJS.Worksheet): string[] {
  // ExcelJS's typings lack the table model it returns.
  return (ws.getTables() as unknown as { table: { name: string } }[]).map((x) => x.table.name);
}

function sheetFor(wb: ExcelJS.Workbook, id: "evidence" | "strategy"): ExcelJS.Worksheet {
  const ws = wb.worksheets.find((w) => recogniseReportName(w.name) === id);
  if (!ws) throw new Error(`no ${id} sheet in ${wb.worksheets.map((w) => w.name).join(", ")}`);
  return ws;
}

describe("reimb classify --lang zh-CN on examples/portfolio.xlsx", () => {
  let dir: string;
  let zh: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "reimb-zh-"));
    zh = path.join(dir, "portfolio.zh.xlsx");
    jest.spyOn(console, "log").mockImplementation(() => undefined);
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const code = await run([EXAMPLE, "-o", zh, "--lang", "zh-CN", "--as-of", "2026-11-01"]);
    jest.restoreAllMocks();
    setLocale("en");
    expect(code).toBe(0);
  }, 600_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("names the Evidence and Strategy sheets and tables in Chinese", async () => {
    const out = await load(zh);
    for (const [id, name] of [
      ["evidence", "证据清单"],
      ["strategy", "策略"],
    ] as const) {
      const ws = sheetFor(out, id);
      expect([ws.name, tableNames(ws)]).toEqual([name, [name]]);
    }
  }, 600_000);

  it("writes no English but code names and the user's own text", async () => {
    const input = await load(EXAMPLE);
    const user = input.worksheets.flatMap((ws) => cells(ws).map((c) => c.text));
    const own = new Set(user);
    const out = await load(zh);
    const itemIdHeader = headersIn(EVIDENCE_COLUMNS, "zh-CN")[
      EVIDENCE_COLUMNS.findIndex((c) => c.id === "itemId")
    ];
    const keyHeaders = [
      itemIdHeader,
      headersIn(ROADMAP_COLUMNS, "zh-CN")[ROADMAP_COLUMNS.findIndex((c) => c.id === "milestoneId")],
    ];
    const english: string[] = [];
    let written = 0;
    for (const ws of out.worksheets) {
      if (ws.state === "veryHidden") continue; // the add-in's record: fingerprints, never shown
      // The Item ID and Milestone ID columns hold the stable keys the user's cells are carried by: code names.
      const keyCols = new Set(
        cells(ws)
          .filter((c) => keyHeaders.includes(c.text))
          .map((c) => c.col)
      );
      for (const c of cells(ws)) {
        if (own.has(c.text) || keyCols.has(c.col)) continue;
        written++;
        const words = englishWords(c.text, user);
        if (words.length > 0)
          english.push(`${ws.name}!${c.address}: ${words.join(", ")} ← ${c.text.slice(0, 80)}`);
      }
    }
    expect(written).toBeGreaterThan(500); // the check looked at the report, not an empty file
    expect(english).toEqual([]);
  }, 600_000);

  it("an English re-run takes the Chinese output as its own and keeps the Status the user typed", async () => {
    const wb = await load(zh);
    const ev = sheetFor(wb, "evidence");
    const header = (ev.getRow(1).values as unknown[]).slice(1).map(String);
    const status =
      header.indexOf(
        headersIn(EVIDENCE_COLUMNS, "zh-CN")[EVIDENCE_COLUMNS.findIndex((c) => c.id === "status")]
      ) + 1;
    expect(status).toBeGreaterThan(0);
    ev.getRow(2).getCell(status).value = "已完成";
    const typed = path.join(dir, "typed.xlsx");
    await wb.xlsx.writeFile(typed);

    const en = path.join(dir, "portfolio.en.xlsx");
    jest.spyOn(console, "log").mockImplementation(() => undefined);
    const errors: string[] = [];
    jest
      .spyOn(console, "error")
      .mockImplementation((...a: unknown[]) => void errors.push(a.join(" ")));
    const code = await run([typed, "-o", en, "--lang", "en", "--as-of", "2026-11-01"]);
    jest.restoreAllMocks();
    setLocale("en");
    // 0, not 5: no cell of the Chinese output was taken for the user's (stderr says why otherwise).
    expect([code, code === 0 ? [] : errors]).toEqual([0, []]);

    const after = await load(en);
    const ev2 = sheetFor(after, "evidence");
    const header2 = (ev2.getRow(1).values as unknown[]).slice(1).map(String);
    expect(header2.slice(0, EVIDENCE_COLUMNS.length)).toEqual(headersIn(EVIDENCE_COLUMNS, "en"));
    expect(ev2.getRow(2).getCell(header2.indexOf("Status") + 1).value).toBe("已完成");
    // The Chinese sheets were recognised and kept under their names, not duplicated in English.
    expect(sheetFor(after, "evidence").name).toBe("证据清单");
    expect(sheetFor(after, "strategy").name).toBe("策略");
    const ids = after.worksheets.map((w) => recogniseReportName(w.name)).filter(Boolean);
    expect(ids.filter((id) => id === "evidence")).toHaveLength(1);
    expect(ids.filter((id) => id === "strategy")).toHaveLength(1);
  }, 600_000);
});
