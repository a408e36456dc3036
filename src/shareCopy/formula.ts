/**
 * Just enough of Excel's formula grammar to find `REIMB.*` calls and read their arguments.
 *
 * A custom-function call reaches the file in several spellings, depending on which Excel wrote it:
 * `_xldudf_REIMB_PFS_RVU(…)` (Excel's prefix for JavaScript custom functions, with the namespace
 * dot turned into an underscore), `REIMB.PFS_RVU(…)` (as typed), `_xll.REIMB.PFS_RVU(…)` (XLL-
 * compatible add-ins), and `[1]!_xldudf_REIMB_…(…)` (when Excel mistook the add-in for an external
 * workbook). All of them are recognised; text inside string literals and quoted sheet names is not.
 *
 * Pure: no Office, Node or DOM.
 */

export type TokenKind =
  | "string"
  | "sheet"
  | "error"
  | "number"
  | "name"
  | "op"
  | "open"
  | "close"
  | "comma"
  | "space"
  | "brace";

export interface Token {
  kind: TokenKind;
  text: string;
}

const ERROR_LITERALS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#BUSY!",
  "#CONNECT!",
  "#BLOCKED!",
  "#FIELD!",
  "#UNKNOWN!",
];

/** Split a formula (with or without the leading "=") into tokens; never throws. */
export function tokenize(formula: string): Token[] {
  const src = formula.startsWith("=") ? formula.slice(1) : formula;
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < src.length) {
        if (src[j] === '"') {
          if (src[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      tokens.push({ kind: "string", text: src.slice(i, j + 1) });
      i = j + 1;
    } else if (ch === "'") {
      // Quoted sheet name ('My sheet'!A1): '' escapes a quote. The reference that follows is part of the token.
      let j = i + 1;
      while (j < src.length) {
        if (src[j] === "'") {
          if (src[j + 1] === "'") j += 2;
          else break;
        } else j++;
      }
      let k = j + 1;
      if (src[k] === "!") {
        k++;
        while (k < src.length && /[A-Za-z0-9_$:.]/.test(src[k])) k++;
      }
      tokens.push({ kind: "sheet", text: src.slice(i, k) });
      i = k;
    } else if (ch === "#") {
      const err = ERROR_LITERALS.find((e) => src.slice(i, i + e.length).toUpperCase() === e);
      const len = err ? err.length : 1;
      tokens.push({ kind: err ? "error" : "op", text: src.slice(i, i + len) });
      i += len;
    } else if (/\s/.test(ch)) {
      let j = i;
      while (j < src.length && /\s/.test(src[j])) j++;
      tokens.push({ kind: "space", text: src.slice(i, j) });
      i = j;
    } else if (/[0-9]/.test(ch) || (ch === "." && /[0-9]/.test(src[i + 1] ?? ""))) {
      const m = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(src.slice(i));
      const text = m ? m[0] : ch;
      // "1:3" (whole rows) or "2A" are names/refs, not numbers.
      if (/^[0-9]/.test(text) && /[A-Za-z_:$!]/.test(src[i + text.length] ?? "")) {
        const n = /^[A-Za-z0-9_.$:!]+/.exec(src.slice(i));
        tokens.push({ kind: "name", text: n ? n[0] : text });
        i += n ? n[0].length : text.length;
      } else {
        tokens.push({ kind: "number", text });
        i += text.length;
      }
    } else if (/[A-Za-z_\\$[]/.test(ch)) {
      const m = /^(?:\[\d+\]!?)?[A-Za-z0-9_.$:!\\?]+/.exec(src.slice(i));
      const text = m ? m[0] : ch;
      tokens.push({ kind: "name", text });
      i += text.length;
    } else if (ch === "(") {
      tokens.push({ kind: "open", text: ch });
      i++;
    } else if (ch === ")") {
      tokens.push({ kind: "close", text: ch });
      i++;
    } else if (ch === "," || ch === ";") {
      tokens.push({ kind: "comma", text: ch });
      i++;
    } else if (ch === "{" || ch === "}") {
      tokens.push({ kind: "brace", text: ch });
      i++;
    } else {
      const two = src.slice(i, i + 2);
      const text = two === "<>" || two === "<=" || two === ">=" ? two : ch;
      tokens.push({ kind: "op", text });
      i += text.length;
    }
  }
  return tokens;
}

const REIMB_CALL = /^(?:\[\d+\]!)?(?:_xldudf_|_xll\.)?REIMB[._]([A-Za-z0-9_.]+)$/i;

/**
 * The REIMB function a name token calls, normalised for matching ("PFS_RVU", "PFS.RVU" and
 * "PFSRVU" all become "pfsrvu"), or undefined when the token is not a REIMB call.
 */
export function reimbFunctionKey(nameToken: string): string | undefined {
  const m = REIMB_CALL.exec(nameToken);
  return m ? normaliseFunctionName(m[1]) : undefined;
}

export function normaliseFunctionName(name: string): string {
  return name.replace(/[^A-Za-z0-9]/g, "").toLowerCase();
}

/** True when the formula calls any REIMB.* function (in any of the spellings above). */
export function containsReimbCall(formula: string): boolean {
  const tokens = tokenize(formula);
  return tokens.some(
    (tok, i) =>
      tok.kind === "name" &&
      reimbFunctionKey(tok.text) !== undefined &&
      nextSolid(tokens, i)?.kind === "open"
  );
}

function nextSolid(tokens: Token[], i: number): Token | undefined {
  for (let j = i + 1; j < tokens.length; j++) if (tokens[j].kind !== "space") return tokens[j];
  return undefined;
}

/** A formula that is exactly one REIMB call: `=REIMB.X(a, b, …)`. */
export interface SingleReimbCall {
  /** Normalised function name (see normaliseFunctionName). */
  key: string;
  /** Spelling of the function as found in the file, for messages. */
  spelled: string;
  /** Argument token lists, trimmed; an omitted argument is an empty list. */
  args: Token[][];
}

/** Parse a formula that consists of a single REIMB call; undefined for anything else. */
export function parseSingleReimbCall(formula: string): SingleReimbCall | undefined {
  const tokens = tokenize(formula).filter((tk) => tk.kind !== "space");
  if (tokens.length < 3 || tokens[0].kind !== "name" || tokens[1].kind !== "open") return undefined;
  const key = reimbFunctionKey(tokens[0].text);
  if (key === undefined || tokens[tokens.length - 1].kind !== "close") return undefined;
  const args: Token[][] = [[]];
  let depth = 0;
  for (let i = 2; i < tokens.length - 1; i++) {
    const tk = tokens[i];
    if (tk.kind === "open" || (tk.kind === "brace" && tk.text === "{")) depth++;
    if (tk.kind === "close" || (tk.kind === "brace" && tk.text === "}")) {
      depth--;
      if (depth < 0) return undefined; // "REIMB.A(1)+REIMB.B(2)": the first call closes early.
    }
    if (tk.kind === "comma" && depth === 0) args.push([]);
    else args[args.length - 1].push(tk);
  }
  if (depth !== 0) return undefined;
  if (args.length === 1 && args[0].length === 0) return { key, spelled: tokens[0].text, args: [] };
  return { key, spelled: tokens[0].text, args };
}

/** A cell reference or range, resolved against the sheet the formula lives on. */
export interface CellRef {
  sheet: string;
  /** 1-based, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const A1 = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;

export function columnNumber(letters: string): number {
  let n = 0;
  for (const c of letters.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

/** Parse "A1", "$B$2:C9", "Sheet1!A1", "'My sheet'!A1:B2"; undefined when it is not a plain reference. */
export function parseReference(text: string, currentSheet: string): CellRef | undefined {
  let sheet = currentSheet;
  let ref = text;
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    const rawSheet = text.slice(0, bang);
    ref = text.slice(bang + 1);
    if (/^'.*'$/.test(rawSheet)) sheet = rawSheet.slice(1, -1).replace(/''/g, "'");
    else if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(rawSheet)) sheet = rawSheet;
    else return undefined; // external workbook references ([1]Sheet!A1) cannot be resolved here
  }
  const parts = ref.split(":");
  if (parts.length > 2) return undefined;
  const a = A1.exec(parts[0]);
  const b = A1.exec(parts[1] ?? parts[0]);
  if (!a || !b) return undefined;
  const [r1, c1, r2, c2] = [Number(a[2]), columnNumber(a[1]), Number(b[2]), columnNumber(b[1])];
  return {
    sheet,
    top: Math.min(r1, r2),
    bottom: Math.max(r1, r2),
    left: Math.min(c1, c2),
    right: Math.max(c1, c2),
  };
}

/** Names of the sheets a formula refers to (quoted or not), as written. */
export function referencedSheets(formula: string): string[] {
  const out = new Set<string>();
  for (const tk of tokenize(formula)) {
    if (tk.kind === "sheet") {
      const m = /^'((?:[^']|'')*)'!/.exec(tk.text);
      if (m) out.add(m[1].replace(/''/g, "'"));
    } else if (tk.kind === "name") {
      const m = /^([A-Za-z_][A-Za-z0-9_.]*)!/.exec(tk.text);
      if (m) out.add(m[1]);
    }
  }
  return [...out];
}
