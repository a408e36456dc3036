/**
 * Numbers as CMS writes them: "0.575", "1", "00010.56", "$1,214.31", "10.28%", " ", ".". Never
 * parsed from locale-formatted text other than these US forms (the files are US-only).
 */

/** A number, or undefined for an empty/placeholder cell; NaN for text that is not a number. */
export function parseAmount(cell: string | number | undefined): number | undefined {
  if (typeof cell === "number") return cell;
  if (cell === undefined) return undefined;
  // Fast path: plain decimals ("1.46", "0.575", "00010.56") are most cells.
  if (cell.length > 0 && cell.charCodeAt(0) >= 48 && cell.charCodeAt(0) <= 57) {
    const n = Number(cell);
    if (!Number.isNaN(n)) return n;
  }
  const t = cell.replace(/\u00a0/g, " ").trim();
  if (t === "" || t === "." || t === "-" || t === "N/A" || t === "NA") return undefined;
  const stripped = t.replace(/^\$/, "").replace(/,/g, "").replace(/%$/, "");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(stripped)) return Number.NaN;
  return Number(stripped);
}

export function isNumberCell(cell: string | undefined): boolean {
  const n = parseAmount(cell);
  return n !== undefined && !Number.isNaN(n);
}
