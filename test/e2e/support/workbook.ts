/** Finding cells by header and row content in the grids the harness returns. */
import type { CellValue } from "./harness";

export function columnLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * The A1 address of the cell under `header` in the first row whose cells match `where`
 * (header → value), in a sheet grid that starts at A1 with its header row at `headerRow`.
 */
export function cellAddress(
  grid: CellValue[][],
  header: string,
  where: Record<string, CellValue>,
  headerRow = 0
): string {
  const headers = grid[headerRow].map((h) => String(h ?? ""));
  const col = headers.indexOf(header);
  if (col < 0) throw new Error(`no column "${header}" in ${headers.join(" | ")}`);
  const keys = Object.entries(where).map(([h, v]) => {
    const i = headers.indexOf(h);
    if (i < 0) throw new Error(`no column "${h}"`);
    return [i, v] as const;
  });
  for (let r = headerRow + 1; r < grid.length; r++) {
    if (keys.every(([i, v]) => grid[r][i] === v)) return `${columnLetters(col)}${r + 1}`;
  }
  throw new Error(`no row with ${JSON.stringify(where)}`);
}

export function valueAt(grid: CellValue[][], address: string): CellValue {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`bad address ${address}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return grid[Number(m[2]) - 1]?.[col] ?? null;
}
