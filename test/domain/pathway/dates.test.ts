/**
 * parseIsoMs reads dates without a regular expression (src/domain/pathway/dates.ts): it must
 * accept and reject exactly what the pattern /^(\d{4})-(\d{2})-(\d{2})/ did, with Date.UTC's
 * reading of what it accepts (years 0–99 are 1900–1999; month 13 or day 32 roll over).
 */
import fc from "fast-check";
import { parseIsoMs } from "../../../src/domain/pathway/dates";

/** The former reading, kept as the specification. */
function byPattern(text: unknown): number | undefined {
  if (typeof text !== "string") return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(ms) ? ms : undefined;
}

const digit = fc.constantFrom(..."0123456789");
const nearDigit = fc.constantFrom(..."0123456789/-: x٣"); // "٣": an Arabic-Indic digit, not ASCII
const dateLike = (ch: fc.Arbitrary<string>) =>
  fc
    .tuple(
      fc.array(ch, { minLength: 4, maxLength: 4 }),
      fc.constantFrom("-", "/", "-"),
      fc.array(ch, { minLength: 2, maxLength: 2 }),
      fc.constantFrom("-", "-", "."),
      fc.array(ch, { minLength: 1, maxLength: 3 }),
      fc.constantFrom("", "T10:00:00Z", " ", "x")
    )
    .map(([y, s1, m, s2, d, tail]) => y.join("") + s1 + m.join("") + s2 + d.join("") + tail);

describe("parseIsoMs", () => {
  it.each([
    ["2025-06-01", Date.UTC(2025, 5, 1)],
    ["2026-01-01T00:00:00Z", Date.UTC(2026, 0, 1)],
    ["0050-01-01", Date.UTC(1950, 0, 1)],
    ["2025-13-01", Date.UTC(2026, 0, 1)],
    ["2025-02-30", Date.UTC(2025, 2, 2)],
    ["2025-6-01", undefined],
    [" 2025-06-01", undefined],
    ["2025/06/01", undefined],
    ["", undefined],
  ])("%j → %p", (text, ms) => {
    expect(parseIsoMs(text)).toBe(ms);
  });

  it("agrees with the pattern on date-like and arbitrary text", () => {
    fc.assert(
      fc.property(fc.oneof(dateLike(digit), dateLike(nearDigit), fc.string(), fc.anything()), (t) =>
        expect(parseIsoMs(t)).toBe(byPattern(t))
      ),
      { numRuns: 3000 }
    );
  });
});
