/** REIMB.CODED_FROM / REIMB.PAID_FROM as Excel calls them: cell values in, a date serial or an error out. */
import * as F from "../../src/functions/functions";
import { defaultAsOf } from "../../src/functions/roadmap";
import { isoDate } from "../../src/domain/roadmap";

type Result = number | { code: string; message?: string };
const paid = (...args: unknown[]): Result => (F.paidFrom as (...a: unknown[]) => Result)(...args);
const coded = (...args: unknown[]): Result => (F.codedFrom as (...a: unknown[]) => Result)(...args);

describe("REIMB.CODED_FROM / REIMB.PAID_FROM", () => {
  it.each([
    // Breakthrough PMA implant billed with C1889 in the HOPD: pass-through from the quarter after next.
    [
      [
        "implant",
        "hospital outpatient",
        "C1889",
        "partially",
        "PMA approved",
        true,
        true,
        "2026-12-04",
        "2026-03-01",
      ],
      46569,
      46569,
    ], // 2027-07-01
    // 99213 in the office: codes and payment exist on the as-of date.
    [
      [
        "procedure device",
        "office",
        "99213",
        "describes",
        "510(k) cleared",
        false,
        false,
        "2026-12-04",
      ],
      46360,
      46360,
    ], // 2026-12-04
    // An LDT with an unlisted code: PLA December deadline missed, March 2027 cycle → Oct 1 2027.
    [
      ["lab test", "independent lab", "81479", "does not", "LDT", false, false, "2026-12-04"],
      46661,
      46661,
    ],
    // A Breakthrough inpatient implant expected Sep 1 2027: Cat III Jan 1 2028, NTAP FY2029 from Oct 1 2028.
    [
      ["implant", "inpatient", "", "", "submitted", true, true, "2026-12-04", "2027-09-01"],
      46753,
      47027,
    ],
  ])("%j → coded %d, paid %d", (args, c, p) => {
    expect(coded(...args)).toBe(c);
    expect(paid(...args)).toBe(p);
  });

  it("reads as-of and FDA dates as date cells (serials) or yyyy-mm-dd text alike", () => {
    const text = paid(
      "implant",
      "hospital outpatient",
      "C1889",
      "partially",
      "PMA approved",
      true,
      true,
      "2026-12-04",
      "2026-03-01"
    );
    const serial = paid(
      "implant",
      "hospital outpatient",
      "C1889",
      "partially",
      "PMA approved",
      true,
      true,
      46360,
      46082
    );
    expect(serial).toBe(text);
  });

  it("is #N/A with the reason when there is no date", () => {
    const r = paid(
      "digital therapeutic",
      "home",
      "",
      "",
      "De Novo granted",
      false,
      false,
      "2026-12-04"
    );
    expect(r).toMatchObject({
      code: "#N/A",
      message: "REIMB.PAID_FROM: Not separately paid: no Medicare benefit category",
    });
    const needs = coded(
      "procedure device",
      "office",
      "64483",
      "describes",
      "submitted",
      false,
      false,
      "2026-12-04"
    );
    expect(needs).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("needs an FDA decision date"),
    });
    const capital = paid(
      "capital equipment",
      "inpatient",
      "",
      "",
      "510(k) cleared",
      false,
      false,
      "2026-12-04"
    );
    expect(capital).toMatchObject({ code: "#N/A", message: expect.stringContaining("MS-DRG") });
  });

  it("is #VALUE! naming the argument for a date that is not one", () => {
    expect(paid("implant", "office", "", "", "", false, false, "2027-02-30")).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("as_of must be a date"),
    });
    expect(paid("implant", "office", "", "", "", false, false, 46360, true)).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("fda_date"),
    });
    expect(paid("nanobot", "office")).toMatchObject({ code: "#N/A" });
  });

  it("takes as-of as the day of the calculation (UTC), Classify's run date, when omitted (a blank cell is 0)", () => {
    expect(isoDate(defaultAsOf(Date.UTC(2027, 10, 30, 23)))).toBe("2027-11-30");
    expect(isoDate(defaultAsOf(Date.UTC(2028, 1, 29)))).toBe("2028-02-29");
    const omitted = paid("procedure device", "office", "99213", "describes", "510(k) cleared");
    const blank = paid(
      "procedure device",
      "office",
      "99213",
      "describes",
      "510(k) cleared",
      0,
      0,
      0,
      0
    );
    expect(omitted).toBe(blank);
    expect(omitted).toBe(defaultAsOf() + 25569);
  });
});
