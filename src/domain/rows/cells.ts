/**
 * Reading one cell of one column kind. Readers are pure and return shared, immutable results so
 * that the enumerated and code columns (whose values repeat down a sheet) can be memoised per parse.
 */
import { parseCode, splitCodeList, type CodeShape } from "../codes/shape";
import type { CellValue } from "../product";
import { matchKey, matchVocabulary, type Vocabulary } from "../vocab";
import { excelSerialToIso, textToIsoDate } from "./dates";

/** A problem found in a cell, before the row and column are attached. */
export interface CellIssue {
  id: string;
  severity: "error" | "warning";
  params?: Readonly<Record<string, string | number>>;
  value?: string;
  allowed?: readonly string[];
  nearest?: string;
}

export type CellRead<T> =
  | { ok: true; value: T; issues?: readonly CellIssue[] }
  | { ok: false; issues: readonly CellIssue[] };

// Excel shows these when a formula fails; hosts hand them over as text.
const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NUM!",
  "#NAME?",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#GETTING_DATA",
  "#BUSY!",
  "#BLOCKED!",
  "#CONNECT!",
  "#UNKNOWN!",
]);

/** A placeholder for "nothing here": only dashes (ASCII, en, em) and spaces. */
const DASHES_ONLY = /^[\s\-\u2012\u2013\u2014\u2015]+$/;

/** A non-blank cell: text is trimmed; numbers are never NaN (±Infinity stays, to be reported). */
export type FilledCell = string | number | boolean;

/**
 * The cell without surrounding spaces, or undefined when it is blank (empty, spaces only, NaN, or
 * a lone dash, which many sheets use to mean "nothing").
 */
export function filledCell(cell: CellValue | undefined): FilledCell | undefined {
  if (typeof cell === "string") {
    const s = cell.trim();
    if (s.length === 0) return undefined;
    const c = s.charCodeAt(0);
    if ((c === 45 || (c >= 0x2012 && c <= 0x2015)) && DASHES_ONLY.test(s)) return undefined;
    return s;
  }
  if (typeof cell === "number") return Number.isNaN(cell) ? undefined : cell;
  if (typeof cell === "boolean") return cell;
  return undefined;
}

/** The text Excel shows for an unformatted cell. */
export function cellText(cell: FilledCell): string {
  if (typeof cell === "string") return cell;
  if (typeof cell === "number") return String(cell);
  return cell ? "TRUE" : "FALSE";
}

/** Starts like a formula (`=`, `+`, `-`, `@`): kept as text, never evaluated, never matched. */
export function looksLikeFormula(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 61 || c === 43 || c === 45 || c === 64;
}

export function excelErrorIssue(text: string): CellIssue | undefined {
  if (text.charCodeAt(0) !== 35 /* # */) return undefined;
  const upper = text.toUpperCase();
  return EXCEL_ERRORS.has(upper)
    ? { id: "rows.value.excelError", severity: "error", value: text, params: { value: text } }
    : undefined;
}

function fail<T>(issue: CellIssue): CellRead<T> {
  return { ok: false, issues: [issue] };
}

// ---------- text ----------

export function readText(cell: FilledCell): CellRead<string> {
  const text = cellText(cell);
  const excelError = typeof cell === "string" ? excelErrorIssue(text) : undefined;
  return excelError ? fail(excelError) : { ok: true, value: text };
}

// ---------- enumerations ----------

/** Message id for an unknown value of each vocabulary. */
function unknownId(vocab: Vocabulary<string>): string {
  return `rows.value.unknown.${vocab.id}`;
}

export function readEnum<T extends string>(vocab: Vocabulary<T>, cell: FilledCell): CellRead<T> {
  const text = cellText(cell);
  const excelError = excelErrorIssue(text);
  if (excelError) return fail(excelError);
  const match = matchVocabulary(vocab, text);
  // Formula-looking text is an unknown value even when its letters spell one ("=office"): the cell
  // says something else than the value, so the user decides, and the match becomes the suggestion.
  if (match.ok && !looksLikeFormula(text)) return { ok: true, value: match.value };
  const nearest = match.ok ? match.value : match.nearest;
  const issue: CellIssue = {
    id: unknownId(vocab),
    severity: "error",
    value: text,
    params: { value: text },
    allowed: vocab.values,
  };
  if (nearest !== undefined) issue.nearest = nearest;
  return fail(issue);
}

export function readYesNo(vocab: Vocabulary<string>, cell: FilledCell): CellRead<boolean> {
  if (typeof cell === "boolean") return { ok: true, value: cell };
  const read = readEnum(vocab, cell);
  return read.ok ? { ok: true, value: read.value === "yes" } : read;
}

// ---------- codes ----------

/** What users write in the code column to say "no code yet"; read as an empty list. */
const NO_CODE_KEYS: ReadonlySet<string> = new Set([
  "none",
  "na",
  "tbd",
  "unknown",
  "nocode",
  "nocodes",
  "nil",
]);

const EMPTY_CODES: CellRead<string[]> = { ok: true, value: [] };

function codeIssue(shape: CodeShape, written: string): CellIssue | undefined {
  switch (shape.kind) {
    case "cpt-cat-i":
    case "cpt-cat-iii":
    case "pla":
    case "hcpcs-ii":
      return undefined;
    case "cpt-cat-ii":
      return {
        id: "rows.code.categoryII",
        severity: "warning",
        value: written,
        params: { value: written },
      };
    case "maaa":
      return {
        id: "rows.code.maaa",
        severity: "warning",
        value: written,
        params: { value: written },
      };
    case "cdt":
      return {
        id: "rows.code.dental",
        severity: "error",
        value: written,
        params: { value: written },
      };
    default:
      return {
        id: "rows.code.invalid",
        severity: "error",
        value: written,
        params: { value: written },
      };
  }
}

/** A "Candidate code(s)" cell → upper-case codes in the user's order (modifiers dropped, repeats once). */
export function readCodes(cell: FilledCell): CellRead<string[]> {
  if (typeof cell === "number") return readNumericCode(cell, String(cell));
  const text = cellText(cell);
  const excelError = excelErrorIssue(text);
  if (excelError) return fail(excelError);
  if (NO_CODE_KEYS.has(matchKey(text))) return EMPTY_CODES;
  const codes: string[] = [];
  const issues: CellIssue[] = [];
  let failed = false;
  for (const written of splitCodeList(text)) {
    const shape = parseCode(written);
    const issue = codeIssue(shape, written);
    if (issue) {
      issues.push(issue);
      if (issue.severity === "error") {
        failed = true;
        continue;
      }
    }
    if (!codes.includes(shape.code)) codes.push(shape.code);
  }
  if (failed) return { ok: false, issues };
  return issues.length > 0 ? { ok: true, value: codes, issues } : { ok: true, value: codes };
}

/**
 * A code typed into a number-formatted cell: Excel keeps 99213 but turns 00100 (anesthesia) into 100.
 * Whole numbers up to five digits get their zeros back, with a warning so the user can fix the format.
 */
function readNumericCode(n: number, text: string): CellRead<string[]> {
  if (!Number.isInteger(n) || n < 1 || n > 99999) {
    return fail({
      id: "rows.code.invalid",
      severity: "error",
      value: text,
      params: { value: text },
    });
  }
  const code = String(n).padStart(5, "0");
  if (code === text) return { ok: true, value: [code] };
  return {
    ok: true,
    value: [code],
    issues: [
      {
        id: "rows.code.leadingZeros",
        severity: "warning",
        value: text,
        params: { value: text, code },
      },
    ],
  };
}

// ---------- dates ----------

export function readDate(cell: FilledCell): CellRead<string> {
  const text = cellText(cell);
  if (typeof cell === "boolean") return fail(dateIssue("format", text));
  if (typeof cell === "string") {
    const excelError = excelErrorIssue(text);
    if (excelError) return fail(excelError);
  }
  const read = typeof cell === "number" ? excelSerialToIso(cell) : textToIsoDate(text);
  return read.ok ? { ok: true, value: read.iso } : fail(dateIssue(read.reason, text));
}

function dateIssue(
  reason: "format" | "impossible" | "serial-range" | "serial-1900-02-29",
  text: string
): CellIssue {
  const id =
    reason === "format"
      ? "rows.date.format"
      : reason === "impossible"
        ? "rows.date.impossible"
        : reason === "serial-range"
          ? "rows.date.serialRange"
          : "rows.date.serial1900";
  return { id, severity: "error", value: text, params: { value: text } };
}

// ---------- numbers ----------

const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
// US grouping only: "1,200.50". "1.200,50" is refused rather than guessed (locale separators differ
// between Excel clients: OfficeDev/office-js#1724, #3244), and so is "1,20".
const GROUPED_NUMBER = /^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const CURRENCY_PREFIX = /^(?:US\$|USD|\$)\s*/i;
const CURRENCY_SUFFIX = /\s*(?:USD|US\$|\$)$/i;

/** A number written as text ("1200", "$1,200.50", "(300)", "USD 15"); undefined if it is not one. */
export function numberFromText(text: string, allowCurrency: boolean): number | undefined {
  let s = text;
  let negative = false;
  if (s.charCodeAt(0) === 40 /* ( */ && s.charCodeAt(s.length - 1) === 41 /* ) */) {
    // Accounting format writes a negative amount in brackets.
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (s.charCodeAt(0) === 45 /* - */ || s.charCodeAt(0) === 0x2212 /* minus sign */) {
    negative = !negative;
    s = s.slice(1).trim();
  } else if (s.charCodeAt(0) === 43 /* + */) {
    s = s.slice(1).trim();
  }
  if (allowCurrency) {
    s = s.replace(CURRENCY_PREFIX, "").replace(CURRENCY_SUFFIX, "");
    if (!negative && s.charCodeAt(0) === 45) {
      // "$-5"
      negative = true;
      s = s.slice(1).trim();
    }
  }
  let n: number;
  if (PLAIN_NUMBER.test(s)) n = Number(s);
  else if (GROUPED_NUMBER.test(s)) n = Number(s.replace(/,/g, ""));
  else return undefined;
  if (!Number.isFinite(n)) return undefined;
  return negative ? -n : n;
}

export function readAmount(cell: FilledCell, kind: "money" | "count"): CellRead<number> {
  const text = cellText(cell);
  let n: number | undefined;
  if (typeof cell === "number") n = Number.isFinite(cell) ? cell : undefined;
  else if (typeof cell === "string") {
    const excelError = excelErrorIssue(text);
    if (excelError) return fail(excelError);
    n = numberFromText(text, kind === "money");
  }
  if (n === undefined) {
    return fail({
      id: kind === "money" ? "rows.number.money" : "rows.number.count",
      severity: "error",
      value: text,
      params: { value: text },
    });
  }
  if (n < 0)
    return fail({
      id: "rows.number.negative",
      severity: "error",
      value: text,
      params: { value: text },
    });
  // -0 from "(0)" or "-0" is zero.
  const value = n === 0 ? 0 : n;
  if (kind === "count" && !Number.isInteger(value)) {
    return {
      ok: true,
      value,
      issues: [
        { id: "rows.number.notWhole", severity: "warning", value: text, params: { value: text } },
      ],
    };
  }
  return { ok: true, value };
}
