/**
 * Readers for cell arguments. Excel hands a custom function numbers, strings, booleans, null or
 * undefined (an omitted optional argument) and, for ranges, arrays of arrays; a wrong type raises
 * #VALUE! naming the argument and what it got. Numbers are never parsed from text: text is locale
 * formatted (office-notes.md), so "1,5" or "$100" must be typed as numbers in the cell.
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

export function isOmitted(value: unknown): value is null | undefined | "" {
  return value === null || value === undefined || value === "";
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
  if (isOmitted(value)) fail("value", "fn.error.required", { arg, got: describe(value) });
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
