import { SITE_OF_CARE } from "../../src/domain/vocab";
import { describe as describeValue, numberGrid, optionalFlag, optionalNumber, optionalText, optionalVocabulary, requireNumber, requireText, requireVocabulary } from "../../src/functions/args";
import { CallError, callFunction, errorCode, fail, isExcelError, unwrap, type ExcelError } from "../../src/functions/errors";
import { invalidNumber, notAvailable, ok } from "../../src/domain/economics";

/** The Excel error a reader raises, as callFunction would return it. */
function errorOf(read: () => unknown): ExcelError {
  const result = callFunction("TEST", read);
  if (!isExcelError(result)) throw new Error(`expected an error, got ${String(result)}`);
  return result;
}

describe("argument readers (shared with lookups.ts)", () => {
  it("read numbers, and treat null, undefined and empty text as omitted", () => {
    expect(requireNumber(2.5, "x")).toBe(2.5);
    expect(optionalNumber(null, "x")).toBeUndefined();
    expect(optionalNumber(undefined, "x")).toBeUndefined();
    expect(optionalNumber("", "x")).toBeUndefined();
    expect(errorOf(() => requireNumber("2.5", "x")).code).toBe("#VALUE!");
    expect(errorOf(() => requireNumber(Infinity, "x")).code).toBe("#NUM!");
  });

  it("read text and vocabularies, with #N/A listing allowed values", () => {
    expect(requireText(" office ", "site", '"office"')).toBe(" office ");
    expect(optionalText(null, "site", '"office"')).toBeUndefined();
    expect(requireVocabulary(SITE_OF_CARE, "HOPD", "site_of_care")).toBe("hospital outpatient");
    expect(optionalVocabulary(SITE_OF_CARE, undefined, "site_of_care")).toBeUndefined();
    const e = errorOf(() => requireVocabulary(SITE_OF_CARE, "moon", "site_of_care"));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("Allowed: office, hospital outpatient, ASC");
  });

  it("read flags from TRUE/FALSE, 1/0 and yes/no", () => {
    expect([optionalFlag(true, "f"), optionalFlag(0, "f"), optionalFlag("Yes", "f"), optionalFlag("n", "f"), optionalFlag(null, "f")]).toEqual([true, false, true, false, undefined]);
    expect(errorOf(() => optionalFlag("maybe", "f")).code).toBe("#N/A");
    expect(errorOf(() => optionalFlag(7, "f")).code).toBe("#VALUE!");
  });

  it("read ranges row by row with their shape", () => {
    expect(numberGrid([[1, null], [3, ""]], "r")).toEqual({ values: [1, null, 3, null], rows: 2, cols: 2 });
    expect(numberGrid(5, "r")).toEqual({ values: [5], rows: 1, cols: 1 });
    expect(errorOf(() => numberGrid([[1, "x"]], "r")).message).toContain("r: cell 1,2");
  });

  it("describe what was received", () => {
    expect([describeValue(null), describeValue("abc"), describeValue(false), describeValue([[1]]), describeValue(3)]).toEqual([
      "an empty value",
      'text "abc"',
      "FALSE",
      "a range of cells",
      "3",
    ]);
  });
});

describe("error helpers", () => {
  it("map domain failures: invalid numbers to #NUM!, unknown names to #N/A", () => {
    expect(unwrap(ok(3))).toBe(3);
    expect(errorOf(() => unwrap(invalidNumber("economics.error.negative", { name: "x", value: -1 }))).code).toBe("#NUM!");
    expect(errorOf(() => unwrap(notAvailable("economics.error.unknownParameter", { name: "Q", allowed: "A" }))).code).toBe("#N/A");
  });

  it("name the function in the message and never let an exception through", () => {
    expect(errorOf(() => fail("value", "fn.error.required", { arg: "x", got: "an empty value" })).message).toBe("REIMB.TEST: x is required; got an empty value.");
    const unexpected = errorOf(() => {
      throw new TypeError("boom");
    });
    expect([unexpected.code, unexpected.message]).toEqual(["#VALUE!", "REIMB.TEST: Unexpected failure (boom); please report it with the arguments used."]);
    expect(errorOf(() => NaN).code).toBe("#NUM!");
    expect(callFunction("TEST", () => 1)).toBe(1);
  });

  it("expose the Excel codes", () => {
    expect([errorCode("value"), errorCode("num"), errorCode("na")]).toEqual(["#VALUE!", "#NUM!", "#N/A"]);
    expect(new CallError("na", { id: "x" }).kind).toBe("na");
  });
});
