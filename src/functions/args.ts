/**
 * Readers for cell arguments. Excel hands a custom function numbers, strings, booleans, null or
 * undefined (an omitted optional argument) and, for ranges, arrays of arrays; a wrong type raises
 * #VALUE! naming the argument and what it got. Numbers are never parsed from text: text is locale
 * formatted (separators differ between Excel clients: OfficeDev/office-js#1724, #3244), so "1,5" or "$100" must be typed as numbers in the cell.
 */
import { t } from "../i18n/catalogue";
import { matchVocabulary, YES_NO_VOCAB, type Vocabulary } from "../domain/vocab";
import { fail } from "./errors";

/** How a received value is described in a message. */
export function describe(value: unknown): string {
  if (value === null || value === undefined || value === "") return t("fn.got.empty");
  if (typeof value === "string")
    return t("fn.got.text", { text: value.length > 30 ? value.slice(0, 29) + "…" : value });
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return t("fn.got.range");
  return t("fn.got.other", { type: typeof value });
}

/** A missing value as a message says it: 0 is how Excel desktop passes an empty cell. */
export function describeBlank(value: unknown): string {
  return value === 0 ? t("fn.got.blankOrZero") : describe(value);
}

export function isOmitted(value: unknown): value is null | undefined | "" {
  return value === null || value === undefined || value === "";
}

/*
 * Blank cells differ by platform: Excel desktop passes an empty referenced cell as 0, Excel on the
 * web passes null (office-js#4702). Where 0 can never be a valid value, 0 reads as blank, so a
 * formula pointing at an empty cell gives the same result on both. Where 0 is a real value, 0
 * stays 0 and the README says "omit the argument rather than pointing at a blank cell".
 *
 * | Argument (function)                                              | 0 means          |
 * |------------------------------------------------------------------|------------------|
 * | code (PFS, RVU, ASC, OPPS, DMEPOS, CLFS, SITE_TOTAL, STATUS, HCPCS_DESC) | blank: #VALUE! required |
 * | modifier, setting, component, locality (PFS, RVU, GPCI, DMEPOS, SITE_TOTAL) | omitted (default) |
 * | locality (GPCI), state (DMEPOS), site (SITE_TOTAL)               | blank: #VALUE! required |
 * | year (PFS, RVU, GPCI, STATUS, PARAM)                             | omitted: latest year |
 * | conversion_factor, gpci_work, gpci_pe, gpci_mp (PFS_RVU)         | omitted: default |
 * | wage_index (WAGE_ADJUST)                                         | blank: #VALUE! required |
 * | labor_share (WAGE_ADJUST), rate (NTAP)                           | omitted: default |
 * | candidate_codes, code_fit, fda_status (PATHWAY, NEXT_GATE)       | omitted |
 * | product_type, site_of_care (PATHWAY, NEXT_GATE)                  | blank: #VALUE! required |
 * | unmet_deductible, coinsurance, sequestration (PROGRAM_PAYMENT, PATIENT_SHARE) | 0 (a real value) |
 * | costs, charges, RVUs, payments, counts, range cells (all others) | 0 (a real value) |
 * | rural (DMEPOS), breakthrough, implanted (PATHWAY, NEXT_GATE)      | FALSE |
 */

/** Blank on either platform: omitted, empty, or the 0 Excel desktop passes for an empty cell. */
export function isBlankOrZero(value: unknown): boolean {
  return isOmitted(value) || value === 0;
}

/** A number that cannot be 0 (a factor, an index): 0 is a blank cell, so the default applies. */
export function optionalNonZeroNumber(value: unknown, arg: string): number | undefined {
  return isBlankOrZero(value) ? undefined : requireNumber(value, arg);
}

/** A required number that cannot be 0: 0 is a blank cell on Excel desktop, so it is missing. */
export function requireNonZeroNumber(value: unknown, arg: string): number {
  if (value === 0) fail("value", "fn.error.required", { arg, got: describeBlank(value) });
  return requireNumber(value, arg);
}

/** Years are whole numbers of at most four digits; anything else is not a year (#VALUE!). */
const MAX_YEAR = 9999;

/**
 * An optional year: a whole number (0 = a blank cell = omitted). Text is never read as a year.
 * Whether the year is loaded is the domain's answer (#N/A naming the loaded years).
 */
export function optionalYear(value: unknown, arg = "year"): number | undefined {
  if (isBlankOrZero(value)) return undefined;
  if (typeof value === "number" && Number.isInteger(value) && value > 0 && value <= MAX_YEAR)
    return value;
  return fail("value", "reference.error.year", { arg, value: describe(value) });
}

export function requireNumber(value: unknown, arg: string): number {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) fail("num", "fn.error.notFinite", { arg, got: describe(value) });
    return value;
  }
  if (isOmitted(value)) fail("value", "fn.error.required", { arg, got: describe(value) });
  return fail("value", "fn.error.expectedNumber", { arg, got: describe(value) });
}

/** A number, or undefined when the argument was omitted (the domain then applies its default). */
export function optionalNumber(value: unknown, arg: string): number | undefined {
  return isOmitted(value) ? undefined : requireNumber(value, arg);
}

export function requireText(value: unknown, arg: string, example: string): string {
  if (typeof value === "string" && value.trim() !== "") return value;
  if (isBlankOrZero(value)) fail("value", "fn.error.required", { arg, got: describeBlank(value) });
  return fail("value", "fn.error.expectedText", { arg, example, got: describe(value) });
}

export function optionalText(value: unknown, arg: string, example: string): string | undefined {
  return isOmitted(value) ? undefined : requireText(value, arg, example);
}

/** A canonical vocabulary value; unknown text is #N/A listing the allowed values. */
export function requireVocabulary<T extends string>(
  vocab: Vocabulary<T>,
  value: unknown,
  arg: string
): T {
  const text = requireText(value, arg, `"${vocab.values[0]}"`);
  const match = matchVocabulary(vocab, text);
  if (match.ok) return match.value;
  const allowed = vocab.values.join(", ");
  if (match.nearest)
    fail("na", "fn.error.unknownValueNearest", {
      arg,
      value: text,
      nearest: match.nearest,
      allowed,
    });
  return fail("na", "fn.error.unknownValue", { arg, value: text, allowed });
}

export function optionalVocabulary<T extends string>(
  vocab: Vocabulary<T>,
  value: unknown,
  arg: string
): T | undefined {
  return isOmitted(value) ? undefined : requireVocabulary(vocab, value, arg);
}

/** TRUE/FALSE, 1/0 or yes/no text; undefined when omitted. */
export function optionalFlag(value: unknown, arg: string): boolean | undefined {
  if (isOmitted(value)) return undefined;
  if (typeof value === "boolean") return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value === "string") {
    const match = matchVocabulary(YES_NO_VOCAB, value);
    if (match.ok) return match.value === "yes";
    return fail("na", "fn.error.expectedFlag", { arg, got: describe(value) });
  }
  return fail("value", "fn.error.expectedFlag", { arg, got: describe(value) });
}

/** A range argument, read row by row: its cells as numbers (blanks as null) and its shape. */
export interface NumberRange {
  values: (number | null)[];
  rows: number;
  cols: number;
}

/** Excel passes a range as rows of cells, and may pass a single cell as a bare value. */
export function numberGrid(value: unknown, arg: string): NumberRange {
  const rows: unknown[] = Array.isArray(value) ? value : [[value]];
  const values: (number | null)[] = [];
  let cols = 0;
  for (let r = 0; r < rows.length; r++) {
    const row: unknown[] = Array.isArray(rows[r]) ? (rows[r] as unknown[]) : [rows[r]];
    cols = Math.max(cols, row.length);
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (isOmitted(cell)) values.push(null);
      else if (typeof cell === "number" && Number.isFinite(cell)) values.push(cell);
      else
        fail("value", "fn.error.rangeCell", {
          arg,
          position: `${r + 1},${c + 1}`,
          got: describe(cell),
        });
    }
  }
  return { values, rows: rows.length, cols };
}
