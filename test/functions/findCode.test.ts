/** REIMB.FIND_CODE over a reference whose search answers with rows of CMS's HCPCS file. */
import { findCode } from "../../src/functions/functions";
import { isExcelError, type ExcelError } from "../../src/functions/errors";
import { setFunctionReference } from "../../src/functions/state";
import { buildCodeSearchIndex, searchCodes } from "../../src/domain/search";
import type { CodeReference } from "../../src/domain/reference/port";

// HCPC2025_OCT_ANWEB_v4.xlsx long descriptions.
const IX = buildCodeSearchIndex([
  { code: "J9271", description: "Injection, pembrolizumab, 1 mg", addDate: "20160101" },
  {
    code: "E0601",
    description: "Continuous positive airway pressure (cpap) device",
    addDate: "19880101",
  },
  { code: "E0562", description: "Humidifier, heated, used with positive airway pressure device" },
]);
const REF: CodeReference = {
  vintage: "HCPCS 2025 October",
  lookup: () => undefined,
  searchCodes: (text, limit) => searchCodes(IX, text, limit),
};

function errorOf(cells: unknown[][]): ExcelError {
  expect(cells).toHaveLength(1);
  expect(isExcelError(cells[0][0])).toBe(true);
  return cells[0][0] as ExcelError;
}

describe("REIMB.FIND_CODE", () => {
  afterAll(() => setFunctionReference(undefined));

  it("spills code, descriptor and score, best first", () => {
    setFunctionReference(REF);
    const rows = findCode("Keytruda pembrolizumab");
    expect(rows[0].slice(0, 2)).toEqual(["J9271", "Injection, pembrolizumab, 1 mg"]);
    expect(typeof rows[0][2]).toBe("number");
    expect(findCode("CPAP humidifier heated", 2).map((r) => r[0])).toEqual(["E0562", "E0601"]);
  });

  it("limits the rows to n", () => {
    setFunctionReference(REF);
    expect(findCode("positive airway pressure device", 1)).toHaveLength(1);
  });

  it.each([
    ["", 3, "value", "text"],
    ["cpap", 0.5, "value", "1 to 20"],
    ["cpap", 21, "value", "1 to 20"],
    ["zzqxv", 3, "na", "zzqxv"],
  ] as const)("%j, n=%j → #%s naming %s", (text, n, kind, fragment) => {
    setFunctionReference(REF);
    const e = errorOf(findCode(text, n));
    expect(e.code).toBe(kind === "na" ? "#N/A" : "#VALUE!");
    expect(e.message).toContain(fragment);
  });

  it("says the HCPCS file is needed when no reference data is loaded", () => {
    setFunctionReference({ vintage: "", lookup: () => undefined });
    expect(errorOf(findCode("cpap")).message).toContain("HCPCS");
  });
});
