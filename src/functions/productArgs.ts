/**
 * Cell arguments of REIMB.PATHWAY / REIMB.NEXT_GATE → ProductFacts, read with the same cell
 * readers the Products sheet uses (domain/rows/cells), so a cell and a sheet row with the same
 * values give the same classification. Unknown enumerations are #N/A listing the allowed values;
 * malformed codes and Excel error text are #VALUE!.
 */
import type { CellRead, CellIssue } from "../domain/rows/cells";
import { filledCell, readCodes, readEnum, readYesNo } from "../domain/rows/cells";
import type { CellValue, ProductFacts } from "../domain/product";
import {
  CODE_FIT,
  FDA_STATUS,
  PRODUCT_TYPE,
  SITE_OF_CARE,
  YES_NO_VOCAB,
  type Vocabulary,
} from "../domain/vocab";
import { t } from "../i18n/catalogue";
import { describe, describeBlank } from "./args";
import { fail } from "./errors";

/**
 * Longest text a PATHWAY/NEXT_GATE argument may hold: a vocabulary value is a few words and a
 * code list a few dozen codes. Reading a 32,767-character cell (Excel's limit) costs each
 * recalculation hundreds of milliseconds for text that can name nothing.
 */
const MAX_TEXT: Readonly<Record<string, number>> = { candidate_codes: 1000 };
const MAX_TEXT_DEFAULT = 200;

function asCell(value: unknown, arg: string): CellValue {
  const max = MAX_TEXT[arg] ?? MAX_TEXT_DEFAULT;
  if (typeof value === "string" && value.length > max)
    return fail("value", "fn.error.tooLong", { arg, max, length: value.length });
  if (
    value === undefined ||
    value === null ||
    typeof value === "string" ||
    typeof value === "number" ||
    typeof value === "boolean"
  ) {
    return value ?? null;
  }
  return fail("value", "fn.error.expectedText", {
    arg,
    example: '"implant"',
    got: describe(value),
  });
}

function issueError(arg: string, issue: CellIssue | undefined): never {
  if (!issue) return fail("value", "fn.error.internal", { detail: arg });
  const text = t(issue.id, issue.params);
  if (issue.allowed) {
    const allowed = issue.allowed.join(", ");
    return issue.nearest
      ? fail("na", "fn.error.unknownValueNearest", {
          arg,
          value: issue.value ?? "",
          nearest: issue.nearest,
          allowed,
        })
      : fail("na", "fn.error.unknownValue", { arg, value: issue.value ?? "", allowed });
  }
  return fail("value", "fn.error.cell", { arg, message: text });
}

function value<T>(read: CellRead<T>, arg: string): T {
  if (read.ok) return read.value;
  return issueError(arg, read.issues.find((i) => i.severity === "error") ?? read.issues[0]);
}

/**
 * Successful reads by vocabulary and text. A workbook repeats the same few values down a column,
 * and Excel recalculates every dependent cell, so normalising each text once keeps a call cheap.
 * Bounded: cleared when full rather than tracking recency (the working set is tiny).
 */
const MEMO_LIMIT = 2000;
/** One map per vocabulary, keyed by the cell text itself: no key string is built per call. */
const enumMemo = new Map<Vocabulary<string>, Map<string, string>>();
const codesMemo = new Map<string, string[]>();

function remember<V>(memo: Map<string, V>, key: string, v: V): V {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, v);
  return v;
}

function readEnumText<T extends string>(vocab: Vocabulary<T>, cell: string, arg: string): T {
  let memo = enumMemo.get(vocab);
  if (memo === undefined) {
    memo = new Map();
    enumMemo.set(vocab, memo);
  }
  const hit = memo.get(cell) as T | undefined;
  if (hit !== undefined) return hit;
  const read = value(readEnum(vocab, cell), arg);
  remember(memo, cell, read);
  return read;
}

/**
 * A text-only cell (enumerations, candidate codes): 0 is how Excel desktop passes a blank cell
 * (see ./args), and no enumeration value or code is 0, so 0 reads as blank on both platforms.
 */
function textCell(raw: unknown, arg: string): ReturnType<typeof filledCell> {
  return raw === 0 ? undefined : filledCell(asCell(raw, arg));
}

function requiredEnum<T extends string>(vocab: Vocabulary<T>, raw: unknown, arg: string): T {
  const cell = textCell(raw, arg);
  if (cell === undefined)
    return fail("value", "fn.error.required", { arg, got: describeBlank(raw) });
  if (typeof cell !== "string")
    return fail("value", "fn.error.expectedText", {
      arg,
      example: `"${vocab.values[0]}"`,
      got: describe(raw),
    });
  return readEnumText(vocab, cell, arg);
}

function optionalEnum<T extends string>(
  vocab: Vocabulary<T>,
  raw: unknown,
  arg: string
): T | undefined {
  const cell = textCell(raw, arg);
  if (cell === undefined) return undefined;
  if (typeof cell !== "string")
    return fail("value", "fn.error.expectedText", {
      arg,
      example: `"${vocab.values[0]}"`,
      got: describe(raw),
    });
  return readEnumText(vocab, cell, arg);
}

function optionalYesNo(raw: unknown, arg: string): boolean | undefined {
  const cell = filledCell(asCell(raw, arg));
  if (cell === undefined) return undefined;
  if (typeof cell === "number") {
    if (cell === 1 || cell === 0) return cell === 1;
    return fail("value", "fn.error.expectedFlag", { arg, got: describe(raw) });
  }
  const read = readYesNo(YES_NO_VOCAB, cell);
  if (read.ok) return read.value;
  return fail("na", "fn.error.expectedFlag", { arg, got: describe(raw) });
}

function codes(raw: unknown): string[] {
  const cell = textCell(raw, "candidate_codes");
  if (cell === undefined) return [];
  if (typeof cell === "boolean")
    return fail("value", "fn.error.expectedText", {
      arg: "candidate_codes",
      example: '"0100T, C1889"',
      got: describe(raw),
    });
  const key = typeof cell === "number" ? "#" + cell : cell;
  const hit = codesMemo.get(key);
  // A copy: ProductFacts are the caller's to keep, the memo must not be shared mutable state.
  if (hit) return hit.slice();
  return remember(codesMemo, key, value(readCodes(cell), "candidate_codes")).slice();
}

export interface PathwayArgs {
  product_type: unknown;
  site_of_care: unknown;
  candidate_codes?: unknown;
  code_fit?: unknown;
  fda_status?: unknown;
  breakthrough?: unknown;
  implanted?: unknown;
}

export function productFacts(args: PathwayArgs): ProductFacts {
  const facts: ProductFacts = {
    productType: requiredEnum(PRODUCT_TYPE, args.product_type, "product_type"),
    siteOfCare: requiredEnum(SITE_OF_CARE, args.site_of_care, "site_of_care"),
    candidateCodes: codes(args.candidate_codes),
  };
  const codeFit = optionalEnum(CODE_FIT, args.code_fit, "code_fit");
  if (codeFit !== undefined) facts.codeFit = codeFit;
  const fdaStatus = optionalEnum(FDA_STATUS, args.fda_status, "fda_status");
  if (fdaStatus !== undefined) facts.fdaStatus = fdaStatus;
  const breakthrough = optionalYesNo(args.breakthrough, "breakthrough");
  if (breakthrough !== undefined) facts.breakthrough = breakthrough;
  const implanted = optionalYesNo(args.implanted, "implanted");
  if (implanted !== undefined) facts.implanted = implanted;
  return facts;
}

/** Position + 1 of a vocabulary value (0: not given); values come from readEnum, so always listed. */
function ordinal<T extends string>(vocab: Vocabulary<T>, v: T | undefined): number {
  return v === undefined ? 0 : vocab.values.indexOf(v) + 1;
}

/** Blank, FALSE, TRUE as 0, 1, 2. */
function flag(v: boolean | undefined): number {
  return v === undefined ? 0 : v ? 2 : 1;
}

/**
 * Everything in a row but its codes, as one small integer (5 bits per enumeration, 2 per flag):
 * a key part that costs no string to build or hash.
 */
function rowBits(facts: ProductFacts): number {
  return (
    ordinal(PRODUCT_TYPE, facts.productType) |
    (ordinal(SITE_OF_CARE, facts.siteOfCare) << 5) |
    (ordinal(CODE_FIT, facts.codeFit) << 10) |
    (ordinal(FDA_STATUS, facts.fdaStatus) << 15) |
    (flag(facts.breakthrough) << 20) |
    (flag(facts.implanted) << 22)
  );
}

/**
 * Answers by a cell row's facts (plus what else the caller's answer depends on, as `extra`):
 * keyed by the row's enumerations packed in a number, then by its codes, so a call builds no key
 * text but the code list. Bounded: cleared when it holds `limit` answers. What invalidates it
 * (another reference, another day) is the caller's to say, through `clear()`.
 */
export class RowMemo<V> {
  private readonly byRow = new Map<number, Map<string, V>>();
  private count = 0;

  constructor(private readonly limit: number) {}

  get(facts: ProductFacts, extra: string, compute: () => V): V {
    const bits = rowBits(facts);
    let byCodes = this.byRow.get(bits);
    if (byCodes === undefined) {
      byCodes = new Map();
      this.byRow.set(bits, byCodes);
    }
    const codes = facts.candidateCodes;
    const key = (codes.length === 1 ? codes[0] : codes.join(",")) + extra;
    const held = byCodes.get(key);
    if (held !== undefined) return held;
    const value = compute();
    if (this.count >= this.limit) {
      this.clear();
      byCodes = new Map();
      this.byRow.set(bits, byCodes);
    }
    byCodes.set(key, value);
    this.count += 1;
    return value;
  }

  clear(): void {
    this.byRow.clear();
    this.count = 0;
  }
}
