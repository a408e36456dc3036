import fc from "fast-check";
import {
  addMonths,
  parts,
  weekday,
  ymd,
  firstBusinessDay,
  fromExcelSerial,
  isoDate,
  parseIsoDay,
  quarterLabel,
  quarterStart,
  toExcelSerial,
} from "../../../src/domain/roadmap";
import { day } from "./support";

describe("calendar days", () => {
  it.each([
    // Excel 1900 system: 46023 = 2026-01-01 (DATE(2026,1,1)); 61 = 1900-03-01, the first safe serial.
    ["2026-01-01", 46023],
    ["2028-02-29", 46812], // 46023 + 365 + 365 + 31 + 28
    ["1900-03-01", 61],
  ])("%s is Excel serial %d both ways", (text, serial) => {
    expect(toExcelSerial(day(text))).toBe(serial);
    expect(isoDate(fromExcelSerial(serial) as number)).toBe(text);
  });

  it("rejects serials Excel's 1900 system gets wrong and dates that do not exist", () => {
    expect(fromExcelSerial(60)).toBeUndefined(); // Excel's phantom 1900-02-29
    expect(parseIsoDay("2027-02-29")).toBeUndefined();
    expect(parseIsoDay("2028-02-29")).toBe(day("2028-02-29"));
    expect(parseIsoDay("2026-13-01")).toBeUndefined();
  });

  it.each([
    ["2027-08-31", 6, "2028-02-29"], // into a leap February
    ["2026-08-31", 6, "2027-02-28"],
    ["2028-02-29", 12, "2029-02-28"],
    ["2028-02-29", -12, "2027-02-28"],
    ["2026-11-15", 3, "2027-02-15"], // across a year end
  ])("%s + %d months = %s", (from, months, to) => {
    expect(isoDate(addMonths(day(from), months))).toBe(to);
  });

  it.each([
    [2027, 1, "2027-01-04"], // Jan 1 Friday → Monday
    [2023, 1, "2023-01-03"], // Jan 1 Sunday: Monday Jan 2 is the observed holiday
    [2026, 1, "2026-01-02"],
    [2028, 7, "2028-07-03"], // Jul 1 Saturday
    [2025, 9, "2025-09-02"], // Sep 1 is Labor Day
    [2024, 9, "2024-09-03"], // Sep 1 Sunday, Sep 2 Labor Day
    [2027, 3, "2027-03-01"],
    [2025, 3, "2025-03-03"], // Mar 1 Saturday
  ])("first business day of %d-%d is %s", (y, m, expected) => {
    expect(isoDate(firstBusinessDay(y, m))).toBe(expected);
  });

  it("names quarters the same in every locale", () => {
    expect(quarterLabel(day("2027-12-31"))).toBe("2027 Q4");
    expect(isoDate(quarterStart(day("2028-02-29")))).toBe("2028-01-01");
  });

  it("integer day arithmetic agrees with Date.UTC from 1900 to 2200", () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 84_000 }), (d) => {
        const date = new Date(d * 86_400_000);
        expect(parts(d)).toEqual({
          year: date.getUTCFullYear(),
          month: date.getUTCMonth() + 1,
          day: date.getUTCDate(),
        });
        expect(ymd(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())).toBe(d);
        expect(weekday(d)).toBe(date.getUTCDay());
        expect(isoDate(d)).toBe(date.toISOString().slice(0, 10));
      }),
      { numRuns: 5000 }
    );
  });
});
