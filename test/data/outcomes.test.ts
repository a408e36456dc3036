/**
 * loadReferenceFromFiles accounts for every file and zip member it was given: used (dataset and
 * release), skipped (not CMS data, superseded, payment amounts for checking) or rejected (the
 * parser's problem), so the pane can tell a user what became of a quarterly zip's contents.
 */
import { zipSync } from "fflate";
import { loadReferenceFromFiles, type FileOutcome } from "../../src/data/load";
import { describeWithData, file } from "./helpers";

const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const byFile = (files: FileOutcome[]): Record<string, FileOutcome> =>
  Object.fromEntries(files.map((f) => [f.file, f]));

describeWithData("what became of each file in a load", () => {
  it("a CMS zip with a readme, a PDF and a damaged member: every member is accounted for", async () => {
    const zip = zipSync({
      "GPCI2026.csv": file("pfs_rvu/2026_gpci/GPCI2026.csv").bytes,
      "ANES2026.csv": file("pfs_rvu/2026_gpci/ANES2026.csv").bytes.slice(0, 300),
      "RVU26A.pdf": new Uint8Array([37, 80, 68, 70]),
      "README.txt": text("These files contain the 2026 GPCIs.\nSee the PDF for details.\n"),
      "docs/": new Uint8Array(0),
    });
    const result = await loadReferenceFromFiles([{ name: "rvu26a.zip", bytes: zip }]);
    const files = byFile(result.files);
    expect(Object.keys(files).sort()).toEqual([
      "rvu26a.zip/ANES2026.csv",
      "rvu26a.zip/GPCI2026.csv",
      "rvu26a.zip/README.txt",
      "rvu26a.zip/RVU26A.pdf",
    ]);
    expect(files["rvu26a.zip/GPCI2026.csv"]).toEqual({
      file: "rvu26a.zip/GPCI2026.csv",
      status: "loaded",
      kind: "gpci",
      dataset: "GPCI",
      when: "CY2026",
    });
    expect(files["rvu26a.zip/README.txt"]).toMatchObject({ status: "skipped", reason: "notCms" });
    expect(files["rvu26a.zip/RVU26A.pdf"]).toMatchObject({ status: "skipped", reason: "notCms" });
    expect(files["rvu26a.zip/ANES2026.csv"]).toMatchObject({
      status: "rejected",
      problem: {
        id: "data.error.row",
        params: { file: "rvu26a.zip/ANES2026.csv", line: 5, expected: "5 fields (ANES row)" },
      },
      text: `rvu26a.zip/ANES2026.csv, line 5: expected 5 fields (ANES row), found "07102 ,13 ,AR".`,
    });
    // The existing fields are unchanged: `problems` still carries the rejection, `skipped` the readme.
    expect(result.problems).toEqual(
      [files["rvu26a.zip/ANES2026.csv"]].map((f) => (f as { text: string }).text)
    );
    expect(result.skipped).toEqual(["rvu26a.zip/README.txt"]);
  });

  it("an older release than the one loaded is skipped as superseded; payment amounts as for checking only", async () => {
    const base = await loadReferenceFromFiles([
      file("pfs_rvu/2026_RVU26C_jul/PPRRVU2026_Jul_nonQPP.csv"),
    ]);
    expect(base.files).toEqual([
      {
        file: "pfs_rvu/2026_RVU26C_jul/PPRRVU2026_Jul_nonQPP.csv",
        status: "loaded",
        kind: "pprrvu",
        dataset: "PFS RVU",
        when: "CY2026 July",
      },
    ]);
    const more = await loadReferenceFromFiles(
      [
        file("pfs_rvu/2025_RVU25D_oct/PPRRVU2025_Oct.csv"),
        file("pfs_payment/2025_PFREV25C/PFREV25C.txt"),
        file("pfs_payment/2025_PFREV25C/PF25PC.pdf"),
      ],
      base.reference
    );
    const files = byFile(more.files);
    // CY2025 is another year, not an older release of CY2026: both years are kept.
    expect(files["pfs_rvu/2025_RVU25D_oct/PPRRVU2025_Oct.csv"]).toMatchObject({
      status: "loaded",
      dataset: "PFS RVU",
      when: "CY2025 October",
    });
    expect(files["pfs_payment/2025_PFREV25C/PFREV25C.txt"]).toMatchObject({
      status: "skipped",
      reason: "paymentOnly",
    });
    expect(files["pfs_payment/2025_PFREV25C/PF25PC.pdf"]).toMatchObject({
      status: "skipped",
      reason: "notCms",
    });
  });

  it("an older release of the same year is skipped as superseded; another year is loaded beside it", async () => {
    const base = await loadReferenceFromFiles([file("pfs_rvu/2025_RVU25D_oct/PPRRVU2025_Oct.csv"), file("clfs/2026_Q2/PUF_CLFS_CY2026_Q2V1.csv")]);
    const older = await loadReferenceFromFiles(
      [file("pfs_rvu/2025_RVU25A_jan/PPRRVU25_JAN.csv"), file("clfs/2025_Q1/CLFS 2025 Q1V1.csv")],
      base.reference
    );
    expect(older.files).toEqual([
      {
        file: "pfs_rvu/2025_RVU25A_jan/PPRRVU25_JAN.csv",
        status: "skipped",
        reason: "superseded",
        kind: "pprrvu",
        dataset: "PFS RVU",
        when: "CY2025 January",
      },
      {
        file: "clfs/2025_Q1/CLFS 2025 Q1V1.csv",
        status: "loaded",
        kind: "clfs",
        dataset: "CLFS",
        when: "CY2025 Q1V1",
      },
    ]);
    expect(older.problems).toEqual([
      "pfs_rvu/2025_RVU25A_jan/PPRRVU25_JAN.csv (CY2025 January) was not used: a newer release of the same data is already loaded.",
    ]);
    expect(Object.keys(older.reference.clfs).sort()).toEqual(["2025", "2026"]);
  });
});
