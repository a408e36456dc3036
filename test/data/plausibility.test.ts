/**
 * Implausible CMS data is rejected with file and line, never loaded: RVUs of 1e309 or −5, files
 * labelled 1999 or 2099 (which would become the default year), a PPRRVU cut at a line boundary.
 * Each crafted file is a real CMS file with one change, made here.
 */
import { errorText } from "../../src/domain/errors";
import { parseAs, parseGrid, readGrid } from "../../src/data/detect";
import { loadReferenceFromFiles } from "../../src/data/load";
import { describeWithData, file } from "./helpers";

const PPRRVU = "pfs_rvu/2026_RVU26C_jul/PPRRVU2026_Jul_nonQPP.csv";
const GPCI = "pfs_rvu/2026_gpci/GPCI2026.csv";
// PPRRVU2026_Jul_nonQPP.csv line 7733.
const ROW_70473 = "70473,,,A,,1.00,6.13,,6.13,NA,0.09,7.22,7.22,1,XXX";

function text(rel: string): string {
  return new TextDecoder().decode(file(rel).bytes);
}

function errorOf(run: () => unknown): Error {
  try {
    run();
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected a rejection");
}

function parseText(rel: string, body: string) {
  return parseGrid(readGrid(rel, new TextEncoder().encode(body)));
}

describeWithData("implausible CMS data is rejected with file and line", () => {
  it.each([
    ["1e309 (reads as Infinity)", "1e309", "WORK RVU: a number"],
    ["−5", "-5", "WORK RVU: a number from 0 to 5000"],
  ])("a PPRRVU work RVU of %s", (_what, value, expected) => {
    const body = text(PPRRVU).replace(
      ROW_70473,
      ROW_70473.replace(",1.00,6.13,", `,${value},6.13,`)
    );
    const e = errorOf(() => parseText(PPRRVU, body));
    expect(errorText(e, "en")).toBe(`${PPRRVU}, line 7733: expected ${expected}, found "${value}".`);
  });

  it("a GPCI of 50 (GPCI2026.csv line 4, Alabama)", () => {
    const body = text(GPCI).replace(
      "10112,AL,00,ALABAMA,0.988,1.000,0.875,0.566",
      "10112,AL,00,ALABAMA,0.988,1.000,50,0.566"
    );
    const e = errorOf(() => parseAs("gpci", readGrid(GPCI, new TextEncoder().encode(body))));
    expect(errorText(e, "en")).toBe(`${GPCI}, line 4: expected PE GPCI: a number from 0 to 5, found "50".`);
  });

  it.each([1999, 2099])("a PPRRVU labelled %i", (year) => {
    const body = text(PPRRVU).replace(
      /2026 National Physician Fee Schedule/g,
      `${year} National Physician Fee Schedule`
    );
    const e = errorOf(() => parseText("PPRRVU_relabelled.csv", body));
    expect(errorText(e, "en")).toMatch(
      new RegExp(
        `^PPRRVU_relabelled\\.csv: labelled calendar year ${year}, which no CMS file can be for \\(2010 to \\d{4}\\)`
      )
    );
  });

  it("a relabelled file is reported by the loader and never becomes the default year", async () => {
    const body = text(GPCI).replace(/2026 (PW|PE|MP) GPCI/g, "2099 $1 GPCI");
    const r = await loadReferenceFromFiles([
      { name: "GPCI2099.csv", bytes: new TextEncoder().encode(body) },
    ]);
    expect(Object.keys(r.reference.gpci)).toEqual([]);
    expect(r.problems[0]).toMatch(/^GPCI2099\.csv: labelled calendar year 2099/);
  });

  it("a PPRRVU cut at a line boundary (every row whole, 12,000 of 19,356 rows) is reported as cut short", () => {
    const lines = text(PPRRVU).split("\r\n");
    const cut = lines.slice(0, 12000).join("\r\n") + "\r\n";
    const e = errorOf(() => parseText(PPRRVU, cut));
    expect(errorText(e, "en")).toMatch(
      new RegExp(
        `^${PPRRVU.replace(/\./g, "\\.")}: only 11990 PPRRVU rows; a complete CMS file has at least 15000`
      )
    );
  });
});
