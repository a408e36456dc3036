/**
 * Bytes → text → rows. CMS ships CSV in UTF-8 and in Windows-1252 (non-breaking spaces, curly
 * quotes), with or without a BOM, CRLF or LF; papaparse does the RFC-4180 work.
 */
import Papa from "papaparse";

const UTF8 = new TextDecoder("utf-8", { fatal: true });
const LATIN1 = new TextDecoder("latin1");

/**
 * Windows-1252's 0x80–0x9F (curly quotes, dashes, €…). Node without full ICU decodes the
 * "windows-1252" label as ISO-8859-1, leaving C1 controls, so this is mapped by hand everywhere.
 */
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeCp1252(bytes: Uint8Array): string {
  return LATIN1.decode(bytes).replace(/[\u0080-\u009f]/g, (c) =>
    CP1252_HIGH.charAt(c.charCodeAt(0) - 0x80)
  );
}

export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    // Not valid UTF-8: CMS's 508 CSVs are Windows-1252.
    text = decodeCp1252(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Every record, preamble and footer included; record i is reported to users as line i + 1.
 * Most CMS lines have no quotes at all, so they are split directly (PPRRVU: ~19,000 lines); lines
 * with quotes (and quoted fields spanning lines) go through papaparse.
 */
export function parseCsv(text: string): string[][] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  const rows: string[][] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.indexOf('"') < 0) {
      rows.push(line.split(","));
      continue;
    }
    let chunk = line;
    // An odd number of quotes: a quoted field continues on the next line.
    while (countQuotes(chunk) % 2 === 1 && i + 1 < lines.length) chunk += "\n" + lines[++i];
    const parsed = Papa.parse<string[]>(chunk, {
      skipEmptyLines: false,
      delimiter: ",",
      newline: "\n",
    }).data;
    rows.push(parsed[0] ?? [""]);
  }
  return rows;
}

function countQuotes(s: string): number {
  let n = 0;
  for (let i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) n++;
  return n;
}

/** Trim, fold non-breaking spaces, upper-case: how header cells are compared. */
export function headerKey(cell: string | undefined): string {
  return (cell ?? "")
    .replace(/[\u00a0\x00-\x1f]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toUpperCase();
}

/** Trimmed cell text; non-breaking spaces folded, control characters (a DOS end-of-file ^Z) dropped. */
const ODD = /[\x00-\x1f\u00a0]/;
/**
 * A description the reference keeps for the whole session, as a string of its own. A cell's text is
 * cut from the decoded sheet, and the engine may keep such a cut as a view into its parent: one kept
 * description would hold the whole sheet's text (~22 MB for OPPS Addendum B) alive. Prefixing forces
 * a flat copy of just these characters; the slice then points into that small copy.
 */
export function kept(text: string): string {
  return text === "" ? text : (" " + text).slice(1);
}

export function clean(cell: string | undefined): string {
  if (cell === undefined) return "";
  const t = cell.trim();
  return ODD.test(t)
    ? t
        .replace(/\u00a0/g, " ")
        .replace(/[\x00-\x1f]/g, "")
        .trim()
    : t;
}
