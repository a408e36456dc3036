import fc from "fast-check";
import { containsReimbCall, parseReference, parseSingleReimbCall, referencedSheets, reimbFunctionKey, tokenize } from "../../src/shareCopy/formula";

describe("REIMB calls in every spelling Excel writes", () => {
  it.each([
    ["_xldudf_REIMB_PFS_RVU", "pfsrvu"], // Excel's prefix for JavaScript custom functions
    ["REIMB.PFS_RVU", "pfsrvu"], // as typed
    ["reimb.pfs_rvu", "pfsrvu"],
    ["_xll.REIMB.PFS_RVU", "pfsrvu"], // XLL-compatible add-ins
    ["[1]!_xldudf_REIMB_PFS_RVU", "pfsrvu"], // add-in mistaken for an external workbook
    ["_xldudf_REIMB_PROGRAM_PAYMENT", "programpayment"],
    ["REIMB.VERSION", "version"],
  ])("%s calls %s", (name, key) => {
    expect(reimbFunctionKey(name)).toBe(key);
  });

  it.each(["SUM", "REIMBURSE", "_xlfn.XLOOKUP", "MYREIMB.PFS", "REIMB", "_xldudf_OTHER_ADD"])("%s is not a REIMB call", (name) => {
    expect(reimbFunctionKey(name)).toBeUndefined();
  });

  it.each([
    ["=REIMB.PFS_RVU(B2,C2,D2)", true],
    ["_xldudf_REIMB_PFS_RVU(B2,C2,D2)*12", true],
    ["ROUND(_xll.REIMB.NTAP(A1,B1,C1),0)", true],
    ['"REIMB.PFS_RVU(1,2,3)"&A1', false], // inside a string literal
    ["'REIMB.PFS(1)'!A1+1", false], // a sheet named like a call
    ["REIMB_data!A1*2", false], // a sheet name, not a call
    ["SUM(A1:A9)", false],
  ])("%s contains a REIMB call: %s", (formula, expected) => {
    expect(containsReimbCall(formula)).toBe(expected);
  });
});

describe("reading a single REIMB call", () => {
  it("splits arguments at the top level only", () => {
    const call = parseSingleReimbCall('REIMB.PFS_RVU(B2, ROUND(C2,2), "a,b", , -1.5)');
    expect(call?.key).toBe("pfsrvu");
    expect(call?.args.map((a) => a.map((t) => t.text).join(""))).toEqual(["B2", "ROUND(C2,2)", '"a,b"', "", "-1.5"]);
  });
  it("takes no arguments as none", () => {
    expect(parseSingleReimbCall("REIMB.VERSION()")?.args).toEqual([]);
  });
  it.each(["REIMB.PFS_RVU(1,2,3)*12", "REIMB.A(1)+REIMB.B(2)", "1+REIMB.A(1)", "SUM(1,2)"])("%s is not a single call", (f) => {
    expect(parseSingleReimbCall(f)).toBeUndefined();
  });
});

describe("references", () => {
  it.each([
    ["A1", "Model", { sheet: "Model", top: 1, left: 1, bottom: 1, right: 1 }],
    ["$B$2:C9", "Model", { sheet: "Model", top: 2, left: 2, bottom: 9, right: 3 }],
    ["Inputs!AA10", "Model", { sheet: "Inputs", top: 10, left: 27, bottom: 10, right: 27 }],
    ["'Bob''s sheet'!A1:B2", "Model", { sheet: "Bob's sheet", top: 1, left: 1, bottom: 2, right: 2 }],
  ])("%s on %s", (text, sheet, expected) => {
    expect(parseReference(text, sheet)).toEqual(expected);
  });
  it("does not resolve external workbooks or names", () => {
    expect(parseReference("[1]Sheet1!A1", "Model")).toBeUndefined();
    expect(parseReference("Payments", "Model")).toBeUndefined();
  });
  it("lists the sheets a formula reads", () => {
    expect(referencedSheets("Scratch!A1*2+'My data'!B2+SUM(C1:C3)").sort()).toEqual(["My data", "Scratch"]);
  });
});

describe("tokenizer invariants", () => {
  it("never loses or invents text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        expect(
          tokenize(s)
            .map((t) => t.text)
            .join(""),
        ).toBe(s.startsWith("=") ? s.slice(1) : s);
      }),
    );
  });
  it("never sees a call inside a string literal", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (inner) => {
        const literal = '"' + ("REIMB.PFS_RVU(" + inner).replace(/"/g, '""') + '"';
        expect(containsReimbCall(`${literal}&A1`)).toBe(false);
      }),
    );
  });
});
