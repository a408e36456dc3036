/**
 * Every parser recognises its official file by content, and rejects a truncated copy and a wrong
 * file with a message naming the file, the line (where there is one) and what was expected.
 */
import { parseAs, readGrid, recognise } from "../../src/data/detect";
import { DataFileError } from "../../src/data/errors";
import { errorText } from "../../src/domain/errors";
import { parseFiles } from "../../src/data/load";
import type { DatasetKind } from "../../src/data/types";
import { zipSync } from "fflate";
import { describeWithData, file } from "./helpers";

const CASES: [DatasetKind, string][] = [
  ["pprrvu", "pfs_rvu/2026_RVU26C_jul/PPRRVU2026_Jul_nonQPP.csv"],
  ["pprrvu", "pfs_rvu/2025_RVU25D_oct/PPRRVU2025_Oct.csv"],
  ["gpci", "pfs_rvu/2026_gpci/GPCI2026.csv"],
  ["gpci", "pfs_rvu/2025_RVU25D_oct/GPCI2025.csv"],
  ["locco", "pfs_rvu/2026_gpci/26LOCCO.csv"],
  ["anes", "pfs_rvu/2026_gpci/ANES2026.csv"],
  ["oppscap", "pfs_rvu/2025_RVU25D_oct/OPPSCAP_Oct.csv"],
  ["asc", "asc/2025_jan/508-Version-Jan-2025-ASC-AA.csv"],
  ["ascOffsets", "asc/2025_jan/508-Version-Jan-2025-ASC-FF.csv"],
  ["dmepos", "dmepos/2025_jan/DMEPOS_JAN.csv"],
  ["dmepos", "dmepos/2026_jan/DMEPOS26_JAN.xlsx"],
  ["clfs", "clfs/2026_Q2/PUF_CLFS_CY2026_Q2V1.csv"],
  ["hcpcs", "hcpcs/2025_oct/HCPC2025_OCT_ANWEB_v4.xlsx"],
  ["pfsPayment", "pfs_payment/2026_PFREV26B_apr/PFREV26B.txt"],
  ["oppsB", "opps/2025_Q1_jan/opps_addendum_b_2025.xlsx"],
  ["oppsB", "opps/2025_Q1_jan/opps_addendum_b_2025.csv"],
  ["oppsA", "opps/2025_Q1_jan/Section 508 version of January 2025 Web Addendum A.12.31.24.csv"],
  ["asp", "asp/2025_jan/section 508 version of Jan 2025 ASP Pricing File updated 030725.csv"],
];

function errorOf(fn: () => unknown): DataFileError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DataFileError) return e;
    throw e;
  }
  throw new Error("expected a DataFileError");
}

/** Keep the first `fraction` of a CSV's text, cut mid-line (as an interrupted download is). */
function truncatedCsv(bytes: Uint8Array, fraction: number): Uint8Array {
  const cut = Math.floor(bytes.length * fraction);
  return bytes.slice(0, cut);
}

describeWithData("CMS file parsers", () => {
  it.each(CASES)("%s recognises %s by content, under any name", (kind, rel) => {
    const f = file(rel);
    const grid = readGrid("renamed-upload", f.bytes);
    expect(recognise(grid)).toBe(kind);
  });

  it.each(CASES.filter(([, rel]) => rel.endsWith(".csv") || rel.endsWith(".txt")))("%s rejects a truncated %s, naming file and line or count", (kind, rel) => {
    const f = file(rel);
    // A file cut to a sliver: too few rows, or a last line cut short.
    const small = truncatedCsv(f.bytes, kind === "pfsPayment" ? 0.4 : 0.03);
    const e = errorOf(() => parseAs(kind, readGrid(rel, small)));
    expect(errorText(e, "en")).toContain(rel);
    expect(errorText(e, "en")).toMatch(/line \d+|only \d+ .* rows|expected/);
  });

  it("rejects a PPRRVU whose last line was cut mid-row, naming that line", () => {
    const rel = "pfs_rvu/2026_RVU26C_jul/PPRRVU2026_Jul_nonQPP.csv";
    const text = new TextDecoder().decode(file(rel).bytes);
    const lines = text.split("\r\n");
    const cut = lines.slice(0, 12000).join("\r\n") + "\r\n" + lines[12000].slice(0, 20);
    const e = errorOf(() => parseAs("pprrvu", readGrid(rel, new TextEncoder().encode(cut))));
    expect(errorText(e, "en")).toContain(`line 12001`);
    expect(errorText(e, "en")).toMatch(/fields \(PPRRVU data row\)/);
  });

  it("rejects a damaged number with file, line and column", () => {
    const rel = "pfs_rvu/2026_gpci/GPCI2026.csv";
    const text = new TextDecoder().decode(file(rel).bytes).replace("10112,AL,00,ALABAMA,0.988,1.000,0.875,0.566", "10112,AL,00,ALABAMA,0.988,one,0.875,0.566");
    const e = errorOf(() => parseAs("gpci", readGrid(rel, new TextEncoder().encode(text))));
    expect(errorText(e, "en")).toBe(`${rel}, line 4: expected PW GPCI: a number, found "one".`);
  });

  it.each(CASES)("%s rejects a wrong file (the CLFS offered as %s)", (kind, rel) => {
    const wrong = kind === "clfs" ? file("pfs_rvu/2026_gpci/GPCI2026.csv") : file("clfs/2026_Q2/PUF_CLFS_CY2026_Q2V1.csv");
    const e = errorOf(() => parseAs(kind, readGrid(rel, wrong.bytes)));
    expect(errorText(e, "en")).toContain(rel);
    expect(e.problem.id).toBe("data.error.notKind");
  });

  it("rejects a damaged workbook with a clear message", () => {
    const bytes = file("dmepos/2026_jan/DMEPEN26_JAN.xlsx").bytes.slice(0, 5000);
    const e = errorOf(() => readGrid("DMEPEN26_JAN.xlsx", bytes));
    expect(errorText(e, "en")).toMatch(/^DMEPEN26_JAN\.xlsx: cannot be opened as an Excel workbook/);
  });

  it("reads CMS zips (members recognised by content) and reports, not throws, a damaged member", () => {
    const zip = zipSync({
      "GPCI2026.csv": file("pfs_rvu/2026_gpci/GPCI2026.csv").bytes,
      "ANES2026.csv": file("pfs_rvu/2026_gpci/ANES2026.csv").bytes.slice(0, 300),
      "RVU26A.pdf": new Uint8Array([37, 80, 68, 70]),
    });
    const { parsed, problems } = parseFiles([{ name: "rvu26a.zip", bytes: zip }]);
    expect(parsed.map((p) => p.kind)).toEqual(["gpci"]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toBe(`rvu26a.zip/ANES2026.csv, line 5: expected 5 fields (ANES row), found "07102 ,13 ,AR".`);
  });
});

describeWithData("loading files a user picks, over the data already loaded", () => {
  it("adds what the files cover, keeps the rest, and reports a file superseded by a newer release", async () => {
    const { loadReferenceFromFiles } = await import("../../src/data/load");
    const base = await loadReferenceFromFiles([file("pfs_rvu/2026_RVU26C_jul/PPRRVU2026_Jul_nonQPP.csv"), file("pfs_rvu/2026_gpci/GPCI2026.csv")]);
    expect(Object.keys(base.reference.gpci)).toEqual(["2026"]);
    const more = await loadReferenceFromFiles([file("pfs_rvu/2025_RVU25D_oct/GPCI2025.csv"), file("clfs/2025_Q1/CLFS 2025 Q1V1.csv"), file("clfs/2026_Q2/PUF_CLFS_CY2026_Q2V1.csv"), file("pfs_rvu/2025_RVU25D_oct/PPRRVU2025_Oct.csv"), file("pfs_rvu/2025_RVU25A_jan/PPRRVU25_JAN.csv")], base.reference);
    expect(Object.keys(more.reference.gpci).sort()).toEqual(["2025", "2026"]);
    expect(Object.keys(more.reference.pfs).sort()).toEqual(["2025", "2026"]);
    expect(more.reference.pfs["2025"].provenance.file).toBe("pfs_rvu/2025_RVU25D_oct/PPRRVU2025_Oct.csv");
    // Another year is kept beside the newer one (one release per dataset and year).
    expect(more.reference.clfs["2026"].provenance.release).toBe("Q2V1");
    expect(more.reference.clfs["2025"].provenance.release).toBe("Q1V1");
    expect(more.problems).toEqual([`pfs_rvu/2025_RVU25A_jan/PPRRVU25_JAN.csv (CY2025 January) was not used: a newer release of the same data is already loaded.`]);
    expect(more.vintage.label).toMatch(/CLFS CY2026 Q2V1; CLFS CY2025 Q1V1/);
  });
});
