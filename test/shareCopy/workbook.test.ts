import * as ExcelJS from "exceljs";
import fc from "fast-check";
import { unzipSync, zipSync } from "fflate";
import { CATALOGUE } from "../../src/i18n/catalogue";
import { PATHWAY_LABELS } from "../../src/domain/pathway/types";
import { containsReimbCall } from "../../src/shareCopy/formula";
import { inspectWorkbook, shareWorkbook, ShareError } from "../../src/shareCopy";
import { buildModelWorkbook, EXPECTED, zipEntries } from "./modelFixture";

const NOW = new Date("2026-11-26T15:30:00Z");

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

function allFormulas(wb: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) out.push(cell.formula);
      }),
    ),
  );
  return out;
}

function columnA(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  for (let r = 1; r <= ws.rowCount; r++) out.push(String(ws.getCell(r, 1).value ?? ""));
  return out;
}

describe("pre-share check", () => {
  it("finds the REIMB cells in every spelling and calls a current model clean", async () => {
    const report = await inspectWorkbook(await buildModelWorkbook());
    expect(report.reimbCells).toBe(4); // E2, E3 (shared formula), B6, B7
    expect(report.checked).toBe(4);
    expect(report.stale).toEqual([]);
    expect(report.errors).toEqual([]);
  });

  it("reports a value saved with last year's conversion factor as stale, with both numbers", async () => {
    const report = await inspectWorkbook(await buildModelWorkbook({ stale: true }));
    // 93000: 0.46 RVU × 32.3465 (CY2025) = $14.88 in the file; × 33.4009 (CY2026) = $15.36 now.
    expect(report.stale).toEqual([{ sheet: "Model", address: "E3", cached: 14.88, recomputed: 15.36 }]);
  });

  it("reports REIMB cells that hold errors", async () => {
    const report = await inspectWorkbook(await buildModelWorkbook({ withError: true }));
    expect(report.errors).toEqual([{ sheet: "Model", address: "B9", value: "#VALUE!" }]);
  });

  it("lists the sheets, marks the add-in's hidden sheet, and shares only visible sheets by default", async () => {
    const report = await inspectWorkbook(await buildModelWorkbook({ withAddinParts: true }));
    expect(report.sheets.map((s) => [s.name, s.state, s.addinOwned, s.includedByDefault])).toEqual([
      ["Model", "visible", false, true],
      ["Assumptions", "visible", false, true],
      ["Scratch", "hidden", false, false],
      ["_reimb_state", "veryHidden", true, false],
    ]);
    expect(report.addinParts).toEqual(["xl/webextensions/webextension1.xml", "customXml/item1.xml"]);
  });

  it("rejects a file that is not a workbook with a message", async () => {
    await expect(inspectWorkbook(new TextEncoder().encode("Code,Payment\n99213,95.19\n"))).rejects.toMatchObject({ msgId: "xlsx.error.csv" });
  });
});

describe("shareable copy", () => {
  let original: Uint8Array;
  let snapshot: Uint8Array;
  let shared: ExcelJS.Workbook;
  let report: Awaited<ReturnType<typeof shareWorkbook>>["report"];
  let bytes: Uint8Array;

  beforeAll(async () => {
    original = await buildModelWorkbook({ withAddinParts: true });
    snapshot = original.slice();
    const result = await shareWorkbook(original, { now: NOW, vintage: "PFS CY2026 RVU26C (July)", sourceName: "Model.xlsx" });
    bytes = result.bytes;
    report = result.report;
    shared = await read(bytes);
  });

  it("edits the package in place rather than rewriting it", () => {
    expect(report.writer).toBe("package");
    expect(report.lost).toEqual([]);
  });

  it("never modifies the original bytes", () => {
    expect(Buffer.from(original).equals(Buffer.from(snapshot))).toBe(true);
  });

  it("turns every REIMB formula into the value the add-in calculated", () => {
    expect(report.replaced).toBe(4);
    const model = shared.getWorksheet("Model")!;
    expect(model.getCell("E2").value).toBe(EXPECTED.pay99213);
    expect(model.getCell("E3").value).toBe(EXPECTED.pay93000);
    expect(model.getCell("B6").value).toBe(EXPECTED.program99213);
    expect(model.getCell("B7").value).toBe(EXPECTED.patient99213);
    expect(allFormulas(shared).filter(containsReimbCall)).toEqual([]);
  });

  it("keeps number formats on the cells it replaced", () => {
    const model = shared.getWorksheet("Model")!;
    expect(model.getCell("E2").numFmt).toBe('"$"#,##0.00');
    expect(model.getCell("B6").numFmt).toBe('"$"#,##0.00');
  });

  it("leaves other formulas live, including those that read replaced cells and a shared formula's clone", () => {
    const model = shared.getWorksheet("Model")!;
    expect(model.getCell("G2").formula).toBe("E2*F2");
    expect(model.getCell("G3").formula).toBe("E3*F3");
    expect(model.getCell("G4").formula).toBe("SUM(G2:G3)");
    expect(model.getCell("C6").formula).toBe("ROUND(B6/E2,4)");
  });

  it("keeps text that looks like a formula as text", () => {
    expect(shared.getWorksheet("Model")!.getCell("A8").value).toBe("=REIMB.PFS_RVU(1,1,1) is text, not a formula");
  });

  it("leaves out hidden sheets, the add-in's sheet, settings and custom XML", () => {
    expect(shared.worksheets.map((w) => w.name)).toEqual(["About this model", "Model", "Assumptions"]);
    expect(report.sheetsLeftOut).toEqual(["Scratch", "_reimb_state"]);
    const entries = zipEntries(bytes);
    expect(entries.filter((e) => /webextension|customXml/i.test(e))).toEqual([]);
    expect(report.addinPartsLeftOut).toHaveLength(2);
    // Nothing of a left-out sheet stays in the package: not its part, not its shared strings.
    const allText = Object.values(unzipSync(bytes))
      .map((b) => new TextDecoder().decode(b))
      .join("\n");
    expect(allText).not.toContain("confidential add-in state");
    expect(allText).not.toContain("reimb.settings");
  });

  it("freezes formulas that read a left-out sheet, and drops names and validations that point there", () => {
    expect(shared.getWorksheet("Model")!.getCell("H2").value).toBe(EXPECTED.scratch * 2);
    expect(report.frozenForLeftOutSheets).toBe(1);
    expect(report.namesRemoved).toEqual(["ReimbLists"]);
    expect(report.rulesRemoved).toBe(1);
    expect(shared.getWorksheet("Model")!.getCell("B2").dataValidation).toBeUndefined();
  });

  it("opens on an About this model sheet with vintage, date, assumptions, legend and caveats", () => {
    const about = shared.worksheets[0];
    expect(about.name).toBe("About this model");
    const text = about
      .getSheetValues()
      .flatMap((row) => (Array.isArray(row) ? row : []))
      .map((v) => String(v ?? ""));
    expect(text).toContain("PFS CY2026 RVU26C (July)");
    expect(text).toContain("2026-11-26");
    expect(text).toContain(CATALOGUE.en["common.caveat.codeNotCoverage"]);
    expect(text).toContain(CATALOGUE.en["common.caveat.medicareNotCommercial"]);
    for (const label of Object.values(PATHWAY_LABELS)) expect(text).toContain(label);
    // Year taken from the workbook's own Assumptions sheet; CY2026 conversion factors from the parameter table.
    const a = columnA(about);
    const row = (label: string) => about.getRow(a.indexOf(label) + 1);
    expect(row("Payment year").getCell(2).value).toBe(2026);
    expect(row("PFS conversion factor").getCell(2).value).toBe(33.4009);
    expect(row("PFS conversion factor, qualifying APM participants").getCell(2).value).toBe(33.5675);
    expect(row("Locality").getCell(2).value).toBe("National");
    expect(row("Device price per case").getCell(2).value).toBe(45);
    // A date key reads as the date, not as Excel's serial for it.
    expect(row("As-of date").getCell(2).value).toBe("2026-12-31");
    expect(a.filter((l) => l === "Payment year")).toHaveLength(1);
  });

  it("asks Excel to recalculate the live formulas on open", () => {
    const workbookXml = new TextDecoder().decode(unzipSync(bytes)["xl/workbook.xml"]);
    expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });
});

describe("choosing sheets", () => {
  it("shares only the chosen sheets and freezes what reads the others", async () => {
    const { report, bytes } = await shareWorkbook(await buildModelWorkbook(), { now: NOW, includeSheets: ["model"] });
    expect(report.sheetsIncluded).toEqual(["Model"]);
    expect(report.sheetsLeftOut).toEqual(["Assumptions", "Scratch", "_reimb_state"]);
    const wb = await read(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["About this model", "Model"]);
  });

  it("can include a hidden user sheet, which keeps the formula that reads it live", async () => {
    const { report, bytes } = await shareWorkbook(await buildModelWorkbook(), { now: NOW, includeSheets: ["Model", "Scratch"] });
    expect(report.frozenForLeftOutSheets).toBe(0);
    expect((await read(bytes)).getWorksheet("Model")!.getCell("H2").formula).toBe("Scratch!A1*2");
  });

  it.each([
    [["Nope"], "share.error.unknownSheet", { sheet: "Nope", allowed: "Model, Assumptions, Scratch" }],
    [["_reimb_state"], "share.error.addinSheet", { sheet: "_reimb_state" }],
    [[], "share.error.noSheets", {}],
  ])("refuses %j with a clear message", async (sheets, msgId, params) => {
    const err = await shareWorkbook(await buildModelWorkbook(), { now: NOW, includeSheets: sheets }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ShareError);
    expect(err).toMatchObject({ msgId, params });
  });

  it("names the About sheet uniquely when the workbook already has one", async () => {
    const first = await shareWorkbook(await buildModelWorkbook(), { now: NOW });
    const second = await shareWorkbook(first.bytes, { now: NOW });
    expect(second.report.aboutSheet).toBe("About this model (2)");
  });
});

/** Hang a chart off a sheet the way Excel does: sheet → drawing → chart, through relationships. */
function withChart(bytes: Uint8Array, sheetPart: string, n: number): Uint8Array {
  const files = unzipSync(bytes);
  const enc = (s: string) => new TextEncoder().encode(s);
  const rels = sheetPart.replace("worksheets/", "worksheets/_rels/") + ".rels";
  const rel = `<Relationship Id="rIdDrawing${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing${n}.xml"/>`;
  const existing = files[rels] ? new TextDecoder().decode(files[rels]) : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  files[rels] = enc(existing.replace("</Relationships>", `${rel}</Relationships>`));
  files[`xl/drawings/drawing${n}.xml`] = enc(`<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>`);
  files[`xl/drawings/_rels/drawing${n}.xml.rels`] = enc(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart${n}.xml"/></Relationships>`,
  );
  files[`xl/charts/chart${n}.xml`] = enc(`<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:f>Model!$G$2:$G$3</c:f></c:chartSpace>`);
  return zipSync(files);
}

describe("charts and other parts the share does not touch", () => {
  it("keeps a chart on a shared sheet byte for byte and drops the one on a left-out sheet", async () => {
    let input = await buildModelWorkbook();
    input = withChart(input, "xl/worksheets/sheet1.xml", 1); // Model
    input = withChart(input, "xl/worksheets/sheet3.xml", 2); // Scratch (hidden, left out)
    const { bytes, report } = await shareWorkbook(input, { now: NOW });
    expect(report.writer).toBe("package");
    const out = unzipSync(bytes);
    expect(Buffer.from(out["xl/charts/chart1.xml"]).equals(Buffer.from(unzipSync(input)["xl/charts/chart1.xml"]))).toBe(true);
    expect(out["xl/charts/chart2.xml"]).toBeUndefined();
    expect(out["xl/drawings/drawing2.xml"]).toBeUndefined();
  });

  it("says what is lost when the copy has to be rewritten instead", async () => {
    const input = withChart(await buildModelWorkbook(), "xl/worksheets/sheet1.xml", 1);
    const { report, bytes } = await shareWorkbook(input, { now: NOW, writer: "exceljs" });
    expect(report.writer).toBe("exceljs");
    expect(report.lost).toEqual(["charts"]);
    const wb = await read(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["About this model", "Model", "Assumptions"]);
    expect(wb.getWorksheet("Model")!.getCell("E2").value).toBe(EXPECTED.pay99213);
  });
});

describe("cached results ExcelJS does not read", () => {
  it.each(["auto", "exceljs"] as const)("shares a REIMB cell showing $0.00 as 0 and FALSE as FALSE, not as errors (writer %s)", async (writer) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Model");
    ws.getCell("A1").value = 0; // allowed amount
    ws.getCell("B1").value = { formula: "_xldudf_REIMB_PATIENT_SHARE(A1)", result: 0 };
    ws.getCell("C1").value = { formula: "B1>0", result: false };
    ws.getCell("D1").value = { formula: "_xldudf_REIMB_VERSION()=\"9\"", result: false };
    const input = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const check = await inspectWorkbook(input);
    expect(check.errors).toEqual([]);
    expect(check.stale).toEqual([]);
    const { bytes } = await shareWorkbook(input, { now: NOW, writer });
    const out = (await read(bytes)).getWorksheet("Model")!;
    expect(out.getCell("B1").value).toBe(0);
    expect(out.getCell("D1").value).toBe(false);
    expect(out.getCell("C1").formula).toBe("B1>0");
  });
});

describe("payment year on the About sheet", () => {
  it("follows the model's REIMB.PARAM year (the economics example models CY2025)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Site of care");
    ws.getCell("A1").value = "Year";
    ws.getCell("B1").value = 2025;
    ws.getCell("B2").value = { formula: 'REIMB.PARAM("PFS_CF",B1)', result: 32.3465 };
    const input = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const { bytes, report } = await shareWorkbook(input, { now: NOW });
    expect(report.stale).toEqual([]);
    const about = (await read(bytes)).worksheets[0];
    const a = columnA(about);
    expect(about.getCell(a.indexOf("Payment year") + 1, 2).value).toBe(2025);
    expect(about.getCell(a.indexOf("PFS conversion factor") + 1, 2).value).toBe(32.3465);
  });
});

describe("data vintage", () => {
  it("is taken from a REIMB.DATA_VINTAGE() cell when the host does not name one", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Model");
    ws.getCell("A1").value = { formula: "_xldudf_REIMB_DATA_VINTAGE()", result: "PFS CY2026 RVU26C (July)" };
    const input = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const about = (await read((await shareWorkbook(input, { now: NOW })).bytes)).worksheets[0];
    const row = columnA(about).indexOf("CMS data vintage") + 1;
    expect(about.getCell(row, 2).value).toBe("PFS CY2026 RVU26C (July)");
  });
});

describe("stale and error cells in the copy", () => {
  it("keeps the value the recipient's sender saw, says so on the About sheet, and never writes #NAME?", async () => {
    const { report, bytes } = await shareWorkbook(await buildModelWorkbook({ stale: true, withError: true }), { now: NOW });
    expect(report.stale).toHaveLength(1);
    expect(report.errors).toHaveLength(1);
    const wb = await read(bytes);
    expect(wb.getWorksheet("Model")!.getCell("E3").value).toBe(14.88);
    expect(wb.getWorksheet("Model")!.getCell("B9").value).toEqual({ error: "#VALUE!" });
    expect(columnA(wb.worksheets[0])).toContain("Check before use");
  });
});

describe("invariant over random models", () => {
  it("no REIMB formula survives, every REIMB cell holds its cached number, every other formula stays", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            work: fc.double({ min: 0, max: 50, noNaN: true }),
            pe: fc.double({ min: 0, max: 50, noNaN: true }),
            mp: fc.double({ min: 0, max: 5, noNaN: true }),
            cached: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
            spelling: fc.constantFrom("_xldudf_REIMB_PFS_RVU", "REIMB.PFS_RVU", "_xll.REIMB.PFS_RVU"),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        async (rows) => {
          const wb = new ExcelJS.Workbook();
          const ws = wb.addWorksheet("M");
          rows.forEach((r, i) => {
            const n = i + 1;
            ws.getRow(n).values = [r.work, r.pe, r.mp];
            ws.getCell(n, 4).value = { formula: `${r.spelling}(A${n},B${n},C${n})`, result: r.cached };
            ws.getCell(n, 5).value = { formula: `D${n}*2`, result: r.cached * 2 };
          });
          const input = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
          const { bytes, report } = await shareWorkbook(input, { now: NOW, evaluators: new Map() });
          const out = (await read(bytes)).getWorksheet("M")!;
          expect(report.replaced).toBe(rows.length);
          rows.forEach((r, i) => {
            expect(out.getCell(i + 1, 4).value).toBe(r.cached === 0 ? 0 : r.cached); // Excel has no -0
            expect(out.getCell(i + 1, 5).formula).toBe(`D${i + 1}*2`);
          });
        },
      ),
      { numRuns: 15 },
    );
  });
});
