/**
 * Sheet grid → validated ProductRows plus per-row problems (docs/features.md#sheet-contract, docs/features.md#classify).
 * A bad row never stops the others: rows with an error are reported and left out, rows with only
 * warnings are returned.
 */
import type { CellValue, ProductRow } from "../product";
import type { Vocabulary } from "../vocab";
import {
  excelErrorIssue,
  filledCell,
  readAmount,
  readCodes,
  readDate,
  readEnum,
  readText,
  readYesNo,
  type CellIssue,
  type CellRead,
  type FilledCell,
} from "./cells";
import {
  COLUMN_BY_ID,
  INFORMATIONAL_COLUMNS,
  PRODUCT_COLUMNS,
  REQUIRED_COLUMNS,
  type ColumnId,
  type ColumnSpec,
} from "./columns";
import {
  DEFAULT_MAX_SCAN_ROWS,
  bestHeaderCandidate,
  matchHeaderRow,
  type HeaderMatch,
} from "./header";
import { columnLetter, type RowProblem } from "./problems";

export interface ParseResult {
  header?: HeaderMatch;
  rows: ProductRow[];
  /** Sheet-level problems (no header, missing required columns) carry the header row's number, or 0. */
  problems: RowProblem[];
}

export interface ParseOptions {
  /** Skip header detection: this grid row is the header. */
  headerRowIndex?: number;
  /** Sheet row number of grid[0] (default 1), so problems name the rows the user sees. */
  firstRowNumber?: number;
}

type Reader = (cell: FilledCell) => CellRead<unknown>;

interface BoundColumn {
  spec: ColumnSpec;
  index: number;
  header: string;
  read: Reader;
}

/**
 * Enumerations, code lists and dates repeat down a sheet: remember each distinct cell per column.
 * Map keys compare by type and value, so the number 100 and the text "100" stay apart.
 */
function memoised(read: Reader): Reader {
  const cache = new Map<FilledCell, CellRead<unknown>>();
  return (cell) => {
    let hit = cache.get(cell);
    if (hit === undefined) {
      hit = read(cell);
      // A sheet of all-distinct values would otherwise grow the cache without benefit.
      if (cache.size < 10_000) cache.set(cell, hit);
    }
    return hit;
  };
}

function readerFor(spec: ColumnSpec): Reader {
  switch (spec.kind) {
    case "text":
      return readText;
    case "enum": {
      const vocab = spec.vocabulary as Vocabulary<string>;
      return memoised((cell) => readEnum(vocab, cell));
    }
    case "yesno": {
      const vocab = spec.vocabulary as Vocabulary<string>;
      return memoised((cell) => readYesNo(vocab, cell));
    }
    case "codes":
      return memoised(readCodes);
    case "date":
      return memoised(readDate);
    case "money":
      return (cell) => readAmount(cell, "money");
    case "count":
      return (cell) => readAmount(cell, "count");
  }
}

/**
 * The common cases read without allocating a result: plain text, and non-negative numbers typed
 * as numbers. Returns undefined when the general reader must decide.
 */
function fastValue(kind: ColumnSpec["kind"], cell: FilledCell): string | number | undefined {
  if (kind === "text") {
    if (typeof cell === "string")
      return cell.charCodeAt(0) === 35 /* # */ && excelErrorIssue(cell) ? undefined : cell;
    return undefined;
  }
  if (typeof cell === "number" && cell >= 0 && cell !== Infinity) {
    if (kind === "money") return cell;
    if (kind === "count" && Number.isInteger(cell)) return cell;
  }
  return undefined;
}

function problemFrom(issue: CellIssue, rowNumber: number, column: BoundColumn): RowProblem {
  const problem: RowProblem = {
    id: issue.id,
    params: { ...issue.params, column: column.header },
    rowNumber,
    column: column.spec.id,
    columnHeader: column.header,
    severity: issue.severity,
  };
  if (issue.value !== undefined) problem.value = issue.value;
  if (issue.allowed !== undefined) problem.allowed = issue.allowed;
  if (issue.nearest !== undefined) problem.nearest = issue.nearest;
  return problem;
}

function headerList(ids: readonly ColumnId[]): string {
  return ids.map((id) => COLUMN_BY_ID[id].header).join(", ");
}

function sheetProblems(header: HeaderMatch, headerRowNumber: number): RowProblem[] {
  const problems: RowProblem[] = [];
  if (header.missingRequired.length > 0) {
    problems.push({
      id: "rows.sheet.missingColumns",
      params: {
        missing: headerList(header.missingRequired),
        recognised:
          header.recognised.length > 0 ? header.recognised.map((r) => r.header).join(", ") : "-",
      },
      rowNumber: headerRowNumber,
      severity: "error",
    });
  }
  for (const r of header.repeated) {
    problems.push({
      id: "rows.sheet.duplicateColumn",
      params: {
        header: r.header,
        column: COLUMN_BY_ID[r.id].header,
        first: columnLetter(r.firstIndex),
        letter: columnLetter(r.index),
      },
      rowNumber: headerRowNumber,
      column: r.id,
      columnHeader: r.header,
      severity: "warning",
    });
  }
  return problems;
}

const NON_ASCII = /[^\x00-\x7f]/;
function isAscii(s: string): boolean {
  return !NON_ASCII.test(s);
}

export function parseProductRows(grid: CellValue[][], opts?: ParseOptions): ParseResult {
  const firstRowNumber = opts?.firstRowNumber ?? 1;
  const header =
    opts?.headerRowIndex !== undefined
      ? matchHeaderRow(grid, opts.headerRowIndex)
      : bestHeaderCandidate(grid, DEFAULT_MAX_SCAN_ROWS);
  if (header === undefined) {
    return {
      rows: [],
      problems: [
        {
          id: "rows.sheet.noHeader",
          params: {
            scanned: Math.min(grid.length, DEFAULT_MAX_SCAN_ROWS),
            required: headerList(REQUIRED_COLUMNS),
          },
          rowNumber: 0,
          severity: "error",
        },
      ],
    };
  }
  const headerRowNumber = firstRowNumber + header.headerRowIndex;
  const problems = sheetProblems(header, headerRowNumber);
  if (header.missingRequired.length > 0) return { header, rows: [], problems };

  const bound: BoundColumn[] = [];
  for (const spec of PRODUCT_COLUMNS) {
    const index = header.columns[spec.id];
    if (index === undefined) continue;
    const written = header.recognised.find((r) => r.id === spec.id);
    bound.push({
      spec,
      index,
      header: written ? written.header : spec.header,
      read: readerFor(spec),
    });
  }
  // Problems of a row are listed left to right, as the user reads the sheet.
  bound.sort((a, b) => a.index - b.index);

  const rows: ProductRow[] = [];
  const firstRowOfId = new Map<string, number>();
  const cells: (FilledCell | undefined)[] = new Array<FilledCell | undefined>(bound.length);
  const idColumn = bound.find((b) => b.spec.id === "productId") as BoundColumn;
  let dataRows = 0;

  for (let r = header.headerRowIndex + 1; r < grid.length; r++) {
    const line = grid[r];
    if (!line) continue;
    let blank = true;
    for (let c = 0; c < bound.length; c++) {
      const cell = filledCell(line[bound[c].index]);
      cells[c] = cell;
      if (cell !== undefined) blank = false;
    }
    // A row whose product columns are all empty is a spacer (or holds only the user's own notes).
    if (blank) continue;
    dataRows++;
    const rowNumber = firstRowNumber + r;
    let failed = false;
    // Built as a loose record and typed once complete: each reader's value has its column's type.
    // Every field is laid out up front (optional ones undefined) so all rows share one object shape:
    // adding fields one by one costs about a fifth of the parse time on large sheets.
    const out: Record<string, unknown> = {
      rowNumber,
      productId: undefined,
      product: undefined,
      productType: undefined,
      siteOfCare: undefined,
      description: undefined,
      performedBy: undefined,
      fdaStatus: undefined,
      fdaDecisionDate: undefined,
      breakthrough: undefined,
      candidateCodes: [],
      codeFit: undefined,
      benefitCategory: undefined,
      implanted: undefined,
      durableHomeUse: undefined,
      deviceCost: undefined,
      annualVolume: undefined,
    };

    for (let c = 0; c < bound.length; c++) {
      const column = bound[c];
      const cell = cells[c];
      if (cell === undefined) {
        if (column.spec.required) {
          failed = true;
          problems.push({
            id: "rows.value.required",
            params: { column: column.header },
            rowNumber,
            column: column.spec.id,
            columnHeader: column.header,
            severity: "error",
          });
        }
        continue;
      }
      const fast = fastValue(column.spec.kind, cell);
      if (fast !== undefined) {
        out[column.spec.id] = fast;
        continue;
      }
      const read = column.read(cell);
      if (read.issues) {
        for (const issue of read.issues) problems.push(problemFrom(issue, rowNumber, column));
      }
      if (read.ok) {
        // Code lists are shared by the memo cache; each row gets its own copy.
        out[column.spec.id] = Array.isArray(read.value) ? read.value.slice() : read.value;
      } else if (!INFORMATIONAL_COLUMNS.has(column.spec.id)) {
        failed = true;
      }
      // A bad informational cell (cost, volume) stays an error on that cell; the value is left out.
    }

    const productId = out.productId;
    if (typeof productId === "string") {
      // IDs differ by more than case to a person: "p-001" and "P-001" are the same product.
      const idKey = isAscii(productId)
        ? productId.toUpperCase()
        : productId.normalize("NFKC").toUpperCase();
      const first = firstRowOfId.get(idKey);
      if (first === undefined) {
        firstRowOfId.set(idKey, rowNumber);
      } else {
        failed = true;
        problems.push({
          id: "rows.id.duplicate",
          params: { value: productId, firstRow: first, column: idColumn.header },
          rowNumber,
          column: "productId",
          columnHeader: idColumn.header,
          value: productId,
          severity: "error",
        });
      }
    }
    if (!failed) rows.push(out as unknown as ProductRow);
  }

  if (dataRows === 0) {
    problems.push({ id: "rows.sheet.noRows", rowNumber: headerRowNumber, severity: "warning" });
  }
  return { header, rows, problems };
}
