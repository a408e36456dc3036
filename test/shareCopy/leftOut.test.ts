/**
 * Formulas that depend on a sheet left out of the shared copy without naming it — through a
 * defined name, a table's structured reference, INDIRECT text, or a chart series — keep the value
 * they showed, so the copy never recalculates to #NAME?/#REF! (docs/share.md).
 */
import { strToU8, zipSync } from "fflate";
import { shareWorkbook } from "../../src/shareCopy";
import { openPackage, readSharedStrings, readSheet, readWorkbook } from "../../src/xlsx";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PR = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

function cell(ref: string, formula: string | undefined, v: number): string {
  return `<c r="${ref}">${formula ? `<f>${formula.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</f>` : ""}<v>${v}</v></c>`;
}

function twoSheetBook(): Uint8Array {
  const model = `<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetData><row r="1">${cell("A1", undefined, 2)}${cell("B1", "SUM(Rates)", 30)}${cell("C1", "SUM(RateTable[Amount])", 30)}${cell("D1", 'INDIRECT("Rates!A2")', 10)}${cell("E1", "A1*2", 4)}${cell("F1", "Rates!A2+1", 11)}</row></sheetData><drawing r:id="rId1"/></worksheet>`;
  const rates = `<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Amount</t></is></c></row><row r="2">${cell("A2", undefined, 10)}</row><row r="3">${cell("A3", undefined, 20)}</row></sheetData><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`;
  const chart = `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:barChart><c:ser><c:val><c:numRef><c:f>Rates!$A$2:$A$3</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="2"/><c:pt idx="0"><c:v>10</c:v></c:pt><c:pt idx="1"><c:v>20</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>`;
  const rel = (id: string, type: string, target: string): string =>
    `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"/>`;
  const rels = (...r: string[]): Uint8Array =>
    strToU8(`<Relationships xmlns="${PR}">${r.join("")}</Relationships>`);
  return zipSync({
    "[Content_Types].xml": strToU8(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="${CT}.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/><Override PartName="/xl/tables/table1.xml" ContentType="${CT}.table+xml"/><Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/><Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`
    ),
    "_rels/.rels": rels(rel("rId1", "officeDocument", "xl/workbook.xml")),
    "xl/workbook.xml": strToU8(
      `<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="Model" sheetId="1" r:id="rId1"/><sheet name="Rates" sheetId="2" r:id="rId2"/></sheets><definedNames><definedName name="Rates">Rates!$A$2:$A$3</definedName><definedName name="Twice">Rates*2</definedName></definedNames></workbook>`
    ),
    "xl/_rels/workbook.xml.rels": rels(
      rel("rId1", "worksheet", "worksheets/sheet1.xml"),
      rel("rId2", "worksheet", "worksheets/sheet2.xml"),
      rel("rId3", "styles", "styles.xml")
    ),
    "xl/styles.xml": strToU8(
      `<styleSheet xmlns="${MAIN}"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="1"><xf/></cellXfs></styleSheet>`
    ),
    "xl/worksheets/sheet1.xml": strToU8(model),
    "xl/worksheets/_rels/sheet1.xml.rels": rels(rel("rId1", "drawing", "../drawings/drawing1.xml")),
    "xl/drawings/drawing1.xml": strToU8(
      `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>`
    ),
    "xl/drawings/_rels/drawing1.xml.rels": rels(rel("rId1", "chart", "../charts/chart1.xml")),
    "xl/charts/chart1.xml": strToU8(chart),
    "xl/worksheets/sheet2.xml": strToU8(rates),
    "xl/worksheets/_rels/sheet2.xml.rels": rels(rel("rId1", "table", "../tables/table1.xml")),
    "xl/tables/table1.xml": strToU8(
      `<table xmlns="${MAIN}" id="1" name="RateTable" displayName="RateTable" ref="A1:A3"><tableColumns count="1"><tableColumn id="1" name="Amount"/></tableColumns></table>`
    ),
  });
}

function modelCells(bytes: Uint8Array): Record<string, [unknown, string | undefined]> {
  const pkg = openPackage(bytes);
  const info = readWorkbook(pkg);
  const out: Record<string, [unknown, string | undefined]> = {};
  const s = info.sheets.find((x) => x.name === "Model");
  readSheet(pkg, s?.part ?? "", readSharedStrings(pkg, info), (c) => {
    out[c.ref] = [c.value, c.formula];
  });
  return out;
}

describe("share: formulas depending on a left-out sheet", () => {
  it("keep their values whether they name the sheet, use a name, a table or INDIRECT", async () => {
    const { bytes, report } = await shareWorkbook(twoSheetBook(), {
      now: new Date("2026-11-26T00:00:00Z"),
      includeSheets: ["Model"],
    });
    expect(report.writer).toBe("package");
    expect(report.sheetsLeftOut).toEqual(["Rates"]);
    expect(modelCells(bytes)).toEqual({
      A1: [2, undefined],
      B1: [30, undefined],
      C1: [30, undefined],
      D1: [10, undefined],
      E1: [4, "A1*2"],
      F1: [11, undefined],
    });
    expect(report.frozenIndirect.sort()).toEqual(["Model!B1", "Model!C1", "Model!D1"]);
    expect(report.frozenForLeftOutSheets).toBe(4);
    // Names reading the left-out sheet, directly or through another name, leave with it.
    expect(report.namesRemoved.sort()).toEqual(["Rates", "Twice"]);
    // The chart keeps the values it showed instead of a reference to a sheet that is gone.
    expect(report.chartsFrozen).toBe(1);
    const chart = openPackage(bytes).text("xl/charts/chart1.xml");
    expect(chart).not.toContain("Rates!");
    expect(chart).toContain("<c:numLit>");
    expect(chart).toContain("<c:v>20</c:v>");
  });

  it("keeps every formula live when nothing is left out", async () => {
    const { bytes, report } = await shareWorkbook(twoSheetBook(), { now: new Date() });
    expect(report.frozenIndirect).toEqual([]);
    expect(modelCells(bytes).D1).toEqual([10, 'INDIRECT("Rates!A2")']);
    expect(report.chartsFrozen).toBe(0);
    // Only the About sheet is selected.
    const pkg = openPackage(bytes);
    const info = readWorkbook(pkg);
    for (const s of info.sheets.slice(1)) expect(pkg.text(s.part)).not.toMatch(/tabSelected/);
  });
});
