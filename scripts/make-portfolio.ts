/**
 * Writes examples/portfolio.xlsx: a realistic US-entry portfolio of fictional products (the product
 * names and companies are invented; the codes, regulations and CMS figures are real), across product
 * types and sites of care. Run: node bin/run-ts.js scripts/make-portfolio.ts [out.xlsx]
 *
 * The sheet opens with a title line above the Products table (as real workbooks do) and carries
 * data-validation lists for the enumerated columns, plus an Assumptions table.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import { PRODUCT_COLUMNS } from "../src/domain/rows";
import { REPORT_TABLES } from "../src/domain/report/types";

type Row = Partial<Record<(typeof PRODUCT_COLUMNS)[number]["id"], string | number>>;

/** Each product is written for this project; the comment says what a reimbursement expert expects. */
export const PORTFOLIO: readonly Row[] = [
  // Existing CPT: RF genicular nerve ablation (64624) in HOPD; the probe is packaged into the APC.
  {
    productId: "GNV-101",
    product: "GeniCool RF genicular nerve ablation probe",
    productType: "procedure device",
    siteOfCare: "hospital outpatient",
    description:
      "Radiofrequency ablation of genicular nerve branches for chronic knee pain, with imaging guidance",
    performedBy: "physician",
    fdaStatus: "510(k) cleared",
    fdaDecisionDate: "2025-03-14",
    breakthrough: "no",
    candidateCodes: "64624",
    codeFit: "describes",
    implanted: "no",
    deviceCost: 1150,
    annualVolume: 1200,
  },
  // New code strategy: Breakthrough implant still under IDE; FDA first, TCET/pass-through later.
  {
    productId: "TNS-202",
    product: "NeuroVest implantable tibial nerve stimulator",
    productType: "implant",
    siteOfCare: "hospital outpatient",
    description: "Implantation of a tibial neurostimulator for refractory overactive bladder",
    performedBy: "physician",
    fdaStatus: "IDE",
    breakthrough: "yes",
    codeFit: "does not",
    implanted: "yes",
    deviceCost: 14500,
    annualVolume: 300,
  },
  // Existing HCPCS II: CPAP device E0601, DME benefit, DMEPOS fee schedule.
  {
    productId: "SLP-303",
    product: "SomnaAir Auto CPAP",
    productType: "home-use durable equipment",
    siteOfCare: "home",
    description: "Auto-titrating positive airway pressure device for obstructive sleep apnea",
    performedBy: "patient",
    fdaStatus: "510(k) cleared",
    fdaDecisionDate: "2024-09-10",
    candidateCodes: "E0601",
    codeFit: "describes",
    benefitCategory: "DME",
    durableHomeUse: "yes",
    deviceCost: 420,
    annualVolume: 8000,
  },
  // Existing HCPCS II with PDAC code verification before DME MACs pay L1833.
  {
    productId: "KNE-404",
    product: "StrideLock hinged knee orthosis",
    productType: "orthotic or prosthetic",
    siteOfCare: "home",
    description: "Prefabricated off-the-shelf knee orthosis with adjustable knee joints",
    performedBy: "patient",
    fdaStatus: "exempt",
    candidateCodes: "L1833",
    codeFit: "describes",
    benefitCategory: "prosthetic or orthotic",
    deviceCost: 95,
    annualVolume: 15000,
  },
  // New code strategy: a single lab's test gets a PLA code, then CLFS crosswalk or gapfill.
  {
    productId: "LAB-505",
    product: "OncoTrace 12-gene NSCLC panel",
    productType: "lab test",
    siteOfCare: "independent lab",
    description:
      "Targeted sequencing of 12 genes in tumour tissue to select therapy in non-small cell lung cancer",
    performedBy: "lab",
    fdaStatus: "LDT",
    codeFit: "does not",
    benefitCategory: "clinical lab",
    annualVolume: 4000,
  },
  // Existing CPT (Category III 0691T): contractor-priced, CPT I later.
  {
    productId: "AIV-606",
    product: "SpineScan AI vertebral fracture analysis",
    productType: "software analysis",
    siteOfCare: "hospital outpatient",
    description:
      "Automated analysis of an existing CT study for vertebral fractures, with bone density assessment",
    performedBy: "facility",
    fdaStatus: "510(k) cleared",
    fdaDecisionDate: "2024-06-20",
    candidateCodes: "0691T",
    codeFit: "describes",
    benefitCategory: "diagnostic test",
    annualVolume: 5000,
  },
  // Code exists (A9291) but no Medicare benefit category: code is not coverage.
  {
    productId: "DTX-707",
    product: "GutCalm IBS digital therapy",
    productType: "digital therapeutic",
    siteOfCare: "home",
    description:
      "Prescription app delivering gut-directed CBT for irritable bowel syndrome (not a 21 CFR 882.5801 device)",
    performedBy: "patient",
    fdaStatus: "De Novo granted",
    fdaDecisionDate: "2025-01-28",
    candidateCodes: "A9291",
    codeFit: "describes",
    benefitCategory: "none",
    annualVolume: 20000,
  },
  // Existing HCPCS II G0552 (DMHT): 882.5801 device, incident-to a behavioural health plan of care.
  {
    productId: "DMH-808",
    product: "MindSteady CBT for depression",
    productType: "digital therapeutic",
    siteOfCare: "home",
    description:
      "Prescription computerized behavioral therapy device (21 CFR 882.5801) used under a behavioral health treatment plan",
    performedBy: "patient",
    fdaStatus: "510(k) cleared",
    fdaDecisionDate: "2025-05-06",
    candidateCodes: "G0552",
    codeFit: "describes",
    benefitCategory: "physician service",
    annualVolume: 6000,
  },
  // Existing CPT: RPM device supply and treatment management.
  {
    productId: "RPM-909",
    product: "VitalLink blood-pressure RPM program",
    productType: "remote monitoring",
    siteOfCare: "home",
    description:
      "Cellular blood pressure cuff sending readings automatically; clinical staff review under a physician's RPM program",
    performedBy: "clinical staff",
    fdaStatus: "510(k) cleared",
    candidateCodes: "99454; 99457",
    codeFit: "describes",
    benefitCategory: "physician service",
    deviceCost: 65,
    annualVolume: 12000,
  },
  // Unlisted / NOC: skin substitute NOS Q4100 until a product-specific Q-code; application on 15275.
  {
    productId: "SKN-110",
    product: "DermaWeave acellular wound matrix",
    productType: "skin substitute",
    siteOfCare: "office",
    description: "Acellular matrix applied to diabetic foot ulcers after debridement",
    performedBy: "physician",
    fdaStatus: "510(k) cleared",
    fdaDecisionDate: "2025-11-03",
    candidateCodes: "Q4100, 15275",
    codeFit: "partially",
    deviceCost: 310,
    annualVolume: 2500,
  },
  // Existing CPT: capital equipment in the office is paid through the service's PFS non-facility rate.
  {
    productId: "CAP-111",
    product: "OptiView retinal imaging system",
    productType: "capital equipment",
    siteOfCare: "office",
    description: "Fundus photography with interpretation and report",
    performedBy: "physician",
    fdaStatus: "510(k) cleared",
    candidateCodes: "92250",
    codeFit: "describes",
    deviceCost: 38000,
    annualVolume: 900,
  },
  // Unlisted / NOC: a new drug billed on J3490 (NDC + dose on the claim) until its own J-code.
  {
    productId: "DRG-121",
    product: "Veloxa extended-release antiemetic injection",
    productType: "drug or biologic",
    siteOfCare: "hospital outpatient",
    description: "Single-dose injection to prevent chemotherapy-induced nausea and vomiting",
    performedBy: "clinical staff",
    fdaStatus: "NDA or BLA approved",
    fdaDecisionDate: "2026-05-02",
    candidateCodes: "J3490",
    codeFit: "partially",
    benefitCategory: "drug",
    deviceCost: 240,
    annualVolume: 7000,
  },
  // Existing CPT in the ASC: balloon dilation of the maxillary sinus ostium (31295).
  {
    productId: "SIN-131",
    product: "ClearPath balloon sinus dilation kit",
    productType: "procedure device",
    siteOfCare: "ASC",
    description: "Nasal/sinus endoscopy with balloon dilation of the maxillary sinus ostium",
    performedBy: "physician",
    fdaStatus: "510(k) cleared",
    candidateCodes: "31295",
    codeFit: "describes",
    implanted: "no",
    deviceCost: 900,
    annualVolume: 800,
  },
  // Existing CPT inpatient (33361), Breakthrough and newly approved: NTAP is the payment lever.
  {
    productId: "TAV-141",
    product: "AortiFlow transcatheter aortic valve",
    productType: "implant",
    siteOfCare: "inpatient",
    description: "Transcatheter aortic valve replacement, percutaneous femoral approach",
    performedBy: "physician",
    fdaStatus: "PMA approved",
    fdaDecisionDate: "2026-04-15",
    breakthrough: "yes",
    candidateCodes: "33361",
    codeFit: "describes",
    implanted: "yes",
    deviceCost: 32000,
    annualVolume: 150,
  },
];

/** Medicare parameters the economics functions use (docs/reimbursement.md §8; CMS CY2026 final rules). */
export const ASSUMPTIONS: readonly [string, number | string, string, string][] = [
  ["Planning as-of date", "2026-11-01", "date", "portfolio plan"],
  [
    "PFS conversion factor CY2026 (non-QP)",
    33.4009,
    "USD per RVU",
    "CY2026 PFS final rule (docs/reimbursement.md §8.1)",
  ],
  [
    "PFS conversion factor CY2026 (qualifying APM participant)",
    33.5675,
    "USD per RVU",
    "CY2026 PFS final rule (docs/reimbursement.md §8.1)",
  ],
  [
    "OPPS conversion factor CY2026",
    91.415,
    "USD",
    "CY2026 OPPS final rule (docs/reimbursement.md §8.4)",
  ],
  [
    "ASC conversion factor CY2026",
    56.322,
    "USD",
    "CY2026 ASC final rule (docs/reimbursement.md §8.5)",
  ],
  ["OPPS labor-related share", 0.6, "share", "docs/reimbursement.md §8.4"],
  ["Wage index (national, assumed)", 1, "index", "assumption"],
  ["Part B deductible 2026", 283, "USD", "CMS 2026 Part B fact sheet (docs/reimbursement.md §8.2)"],
  ["Part B coinsurance", 0.2, "share", "docs/reimbursement.md §8.2"],
  ["Sequestration", 0.02, "share", "docs/reimbursement.md §8.3"],
];

const TITLE =
  "US market entry portfolio, FY2027 plan (fictional products written for this example; codes and CMS figures are real)";

export async function makePortfolio(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "reimb example";
  const ws = wb.addWorksheet(REPORT_TABLES.products, { views: [{ state: "frozen", ySplit: 2 }] });
  ws.getCell("A1").value = TITLE;
  ws.getCell("A1").font = { bold: true, size: 13 };
  const columns = PRODUCT_COLUMNS;
  ws.addTable({
    name: REPORT_TABLES.products,
    ref: "A2",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: PORTFOLIO.map((p) => columns.map((c) => p[c.id] ?? null)),
  });
  columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.id === "description" ? 50 : c.id === "product" ? 34 : 18;
    if (!c.vocabulary) return;
    // In-cell lists, as the pane's inserted table has (docs/features.md#start).
    const list = `"${c.vocabulary.values.join(",")}"`;
    for (let r = 3; r < 3 + PORTFOLIO.length + 50; r++) {
      ws.getCell(r, i + 1).dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [list],
        showErrorMessage: true,
      };
    }
  });
  for (let r = 3; r < 3 + PORTFOLIO.length; r++)
    ws.getRow(r).getCell(columns.findIndex((c) => c.id === "deviceCost") + 1).numFmt = '"$"#,##0';

  const as = wb.addWorksheet(REPORT_TABLES.assumptions);
  as.addTable({
    name: REPORT_TABLES.assumptions,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: ["Parameter", "Value", "Unit", "Source"].map((name) => ({ name, filterButton: true })),
    rows: ASSUMPTIONS.map((a) => [...a]),
  });
  [52, 14, 14, 52].forEach((w, i) => (as.getColumn(i + 1).width = w));
  await wb.xlsx.writeFile(file);
}

if (require.main === module || process.argv[1]?.endsWith("make-portfolio.ts")) {
  const out = process.argv[2] ?? path.join(__dirname, "..", "examples", "portfolio.xlsx");
  makePortfolio(out).then(
    () => console.log(`wrote ${out} (${PORTFOLIO.length} products)`),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    }
  );
}
