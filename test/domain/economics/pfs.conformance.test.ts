/**
 * Conformance: every payment amount in CMS's own PFREV files equals pfsPayment over CMS's RVU and
 * GPCI files. Reads ../shared/data/cms (or REIMB_DATA_DIR); skips with a printed reason without it.
 */
import * as fs from "fs";
import * as path from "path";
import Papa from "papaparse";
import { parameterValue, pfsPayment } from "../../../src/domain/economics";

const DATA_DIR = process.env.REIMB_DATA_DIR ?? path.resolve(__dirname, "../../../../shared/data/cms");

interface Year {
  year: number;
  payments: string;
  rvus: string;
  gpcis: string;
  /** Column of the work GPCI to use (the "with 1.0 Floor" one). */
  workGpciColumn: number;
  /** Column of CONV FACTOR in the RVU file (RVU26 added PRIC IND before it). */
  cfColumn: number;
  cf: number;
  expectedLines: number;
}

const YEARS: Year[] = [
  {
    year: 2026,
    payments: "pfs_payment/2026_PFREV26B_apr/PFREV26B.txt",
    rvus: "pfs_rvu/2026_RVU26C_jul/PPRRVU2026_Jul_nonQPP.csv",
    gpcis: "pfs_rvu/2026_gpci/GPCI2026.csv",
    workGpciColumn: 5,
    cfColumn: 25,
    cf: parameterValue("PFS_CF", 2026),
    expectedLines: 4033,
  },
  {
    year: 2025,
    payments: "pfs_payment/2025_PFREV25C/PFREV25C.txt",
    rvus: "pfs_rvu/2025_RVU25D_oct/PPRRVU2025_Oct.csv",
    gpcis: "pfs_rvu/2025_RVU25D_oct/GPCI2025.csv",
    workGpciColumn: 4,
    cfColumn: 24,
    cf: parameterValue("PFS_CF", 2025),
    expectedLines: 109,
  },
];

function readCsv(file: string): string[][] {
  const text = fs.readFileSync(path.join(DATA_DIR, file), "latin1");
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
}

const missing = YEARS.flatMap((y) => [y.payments, y.rvus, y.gpcis]).filter((f) => !fs.existsSync(path.join(DATA_DIR, f)));
const maybe = missing.length === 0 ? describe : describe.skip;
if (missing.length > 0) {
  console.log(`PFS conformance skipped: CMS files not found under ${DATA_DIR} (${missing.join(", ")}); set REIMB_DATA_DIR.`);
}

maybe("PFS payment conformance with CMS's payment files", () => {
  it.each(YEARS)("reproduces every $year PFREV amount, non-facility and facility, to the cent", (y) => {
    const rvus = new Map<string, { work: number; peNonFacility: number; peFacility: number; mp: number; cf: string }>();
    for (const r of readCsv(y.rvus)) {
      if (r.length > y.cfColumn && /^[0-9A-Z]{5}$/.test(r[0]) && /^\d+\.\d+$/.test(r[5])) {
        rvus.set(`${r[0]}|${r[1]}`, { work: Number(r[5]), peNonFacility: Number(r[6]), peFacility: Number(r[8]), mp: Number(r[10]), cf: r[y.cfColumn] });
      }
    }
    const gpcis = new Map<string, { work: number; pe: number; mp: number }>();
    for (const r of readCsv(y.gpcis)) {
      if (/^\d{5}$/.test(r[0]?.trim() ?? "")) {
        gpcis.set(`${r[0].trim()}|${r[2].trim().padStart(2, "0")}`, {
          work: Number(r[y.workGpciColumn]),
          pe: Number(r[y.workGpciColumn + 1]),
          mp: Number(r[y.workGpciColumn + 2]),
        });
      }
    }
    const lines = readCsv(y.payments).filter((r) => !r[0].startsWith("TRL"));
    expect(lines).toHaveLength(y.expectedLines);
    const mismatches: string[] = [];
    for (const [, carrier, locality, code, modifier, nonFacility, facility] of lines) {
      const rvu = rvus.get(`${code}|${modifier.trim()}`);
      const gpci = gpcis.get(`${carrier}|${locality}`);
      if (!rvu || !gpci) {
        mismatches.push(`${code} ${carrier}/${locality}: no RVU or GPCI row`);
        continue;
      }
      expect(Number(rvu.cf)).toBe(y.cf);
      for (const [pe, published] of [
        [rvu.peNonFacility, nonFacility],
        [rvu.peFacility, facility],
      ] as const) {
        const out = pfsPayment({ workRvu: rvu.work, peRvu: pe, mpRvu: rvu.mp, gpciWork: gpci.work, gpciPe: gpci.pe, gpciMp: gpci.mp, conversionFactor: y.cf });
        if (!out.ok || out.value !== Number(published)) {
          mismatches.push(`${code} ${carrier}/${locality}: got ${out.ok ? out.value : "failure"}, CMS ${Number(published)}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("gives 99213's national non-facility amount from the RVU26C row with the default CF", () => {
    const row = readCsv(YEARS[0].rvus).find((r) => r[0] === "99213" && r[1] === "");
    expect(row).toBeDefined();
    const [work, pe, mp] = [Number(row![5]), Number(row![6]), Number(row![10])];
    expect([work, pe, mp]).toEqual([1.3, 1.46, 0.09]);
    expect(Number(row![25])).toBe(parameterValue("PFS_CF"));
    expect(pfsPayment({ workRvu: work, peRvu: pe, mpRvu: mp })).toEqual({ ok: true, value: 95.19 });
  });
});
