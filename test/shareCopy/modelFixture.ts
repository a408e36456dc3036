/**
 * A workbook modelled with the add-in, as Excel would save it: REIMB formulas in the spellings
 * Excel writes (`_xldudf_REIMB_…`, `REIMB.…`, `_xll.REIMB.…`) with cached results computed by the
 * add-in's own functions, plain formulas that read them, a SUM, a hidden add-in sheet, a hidden user
 * sheet, an Assumptions sheet, and add-in settings parts. Numbers are CY2026 RVU26C (July) rows:
 * 99213 work 1.30, non-facility PE 1.46, MP 0.09; 93000 work 0.17, PE 0.27, MP 0.02; CF 33.4009.
 */
import * as ExcelJS from "exceljs";
import { strToU8, unzipSync, zipSync } from "fflate";
import { patientShare, pfsRvu, programPayment } from "../../src/functions/functions";

export interface FixtureOptions {
  /** Give 93000's payment the CY2025 value (CF 32.3465) as if it was saved before the data changed. */
  stale?: boolean;
  /** Add a REIMB cell whose cached value is #VALUE!. */
  withError?: boolean;
  /** Add add-in settings (webextension) and custom XML parts to the zip. */
  withAddinParts?: boolean;
}

function num(v: unknown): number {
  if (typeof v !== "number") throw new Error(`fixture expected a number from the functions, got ${JSON.stringify(v)}`);
  return v;
}

export const RVU = {
  "99213": { work: 1.3, pe: 1.46, mp: 0.09 },
  "93000": { work: 0.17, pe: 0.27, mp: 0.02 },
} as const;

export const EXPECTED = {
  pay99213: num(pfsRvu(1.3, 1.46, 0.09)),
  pay93000: num(pfsRvu(0.17, 0.27, 0.02)),
  cases99213: 1200,
  cases93000: 800,
  get program99213(): number {
    return num(programPayment(this.pay99213));
  },
  get patient99213(): number {
    return num(patientShare(this.pay99213, 0));
  },
  scratch: 42,
};

export async function buildModelWorkbook(opts: FixtureOptions = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const model = wb.addWorksheet("Model");
  model.addRow(["Code", "Work RVU", "PE RVU (non-facility)", "MP RVU", "Medicare payment", "Cases per year", "Annual revenue", "Scratch x2"]);
  model.addRow(["99213", RVU["99213"].work, RVU["99213"].pe, RVU["99213"].mp, null, EXPECTED.cases99213]);
  model.addRow(["93000", RVU["93000"].work, RVU["93000"].pe, RVU["93000"].mp, null, EXPECTED.cases93000]);
  const pay93000 = opts.stale ? Math.round(0.46 * 32.3465 * 100) / 100 : EXPECTED.pay93000;
  // Shared formulas, as Excel writes a filled-down column: the REIMB master and its clone.
  model.fillFormula("E2:E3", "_xldudf_REIMB_PFS_RVU(B2,C2,D2)", [EXPECTED.pay99213, pay93000]);
  model.getColumn(5).numFmt = '"$"#,##0.00';
  model.fillFormula("G2:G3", "E2*F2", [EXPECTED.pay99213 * EXPECTED.cases99213, pay93000 * EXPECTED.cases93000]);
  model.getCell("A4").value = "Total";
  model.getCell("F4").value = { formula: "SUM(F2:F3)", result: EXPECTED.cases99213 + EXPECTED.cases93000 };
  model.getCell("G4").value = {
    formula: "SUM(G2:G3)",
    result: EXPECTED.pay99213 * EXPECTED.cases99213 + pay93000 * EXPECTED.cases93000,
  };
  model.getCell("H2").value = { formula: "Scratch!A1*2", result: EXPECTED.scratch * 2 };
  model.getCell("A6").value = "Program payment";
  model.getCell("B6").value = { formula: "REIMB.PROGRAM_PAYMENT(E2)", result: EXPECTED.program99213 };
  model.getCell("B6").numFmt = '"$"#,##0.00';
  model.getCell("C6").value = { formula: "ROUND(B6/E2,4)", result: Math.round((EXPECTED.program99213 / EXPECTED.pay99213) * 1e4) / 1e4 };
  model.getCell("A7").value = "Patient share";
  model.getCell("B7").value = { formula: "_xll.REIMB.PATIENT_SHARE(E2,0)", result: EXPECTED.patient99213 };
  model.getCell("A8").value = "=REIMB.PFS_RVU(1,1,1) is text, not a formula";
  if (opts.withError) {
    model.getCell("A9").value = "Bad input";
    model.getCell("B9").value = { formula: 'REIMB.PFS_RVU("n/a",1,1)', result: { error: "#VALUE!" } };
  }
  model.getCell("B2").dataValidation = { type: "list", allowBlank: true, formulae: ["_reimb_state!$A$1:$A$2"] };

  const assumptions = wb.addWorksheet("Assumptions");
  assumptions.addRow(["Assumption", "Value"]);
  assumptions.addRow(["Payment year", 2026]);
  assumptions.addRow(["Device price per case", 45]);
  // The plan's as-of date as Excel keeps it: a date serial (46387 = 31 Dec 2026).
  assumptions.addRow(["As-of date", 46387]);

  const scratch = wb.addWorksheet("Scratch", { state: "hidden" });
  scratch.getCell("A1").value = EXPECTED.scratch;

  const state = wb.addWorksheet("_reimb_state", { state: "veryHidden" });
  state.getCell("A1").value = "confidential add-in state";
  state.getCell("A2").value = "another";
  wb.definedNames.add("_reimb_state!$A$1:$A$2", "ReimbLists");
  wb.definedNames.add("Model!$E$2:$E$3", "Payments");

  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return opts.withAddinParts ? withAddinParts(bytes) : bytes;
}

/** Add the parts Office writes for an add-in's settings and custom XML. */
export function withAddinParts(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  files["xl/webextensions/webextension1.xml"] = strToU8(
    '<?xml version="1.0" encoding="UTF-8"?><we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{00000000-0000-0000-0000-000000000001}"><we:properties><we:property name="reimb.settings" value="&quot;secret&quot;"/></we:properties></we:webextension>',
  );
  files["customXml/item1.xml"] = strToU8('<?xml version="1.0"?><reimb xmlns="urn:reimb">state</reimb>');
  return zipSync(files);
}

export function zipEntries(bytes: Uint8Array): string[] {
  return Object.keys(unzipSync(bytes));
}
