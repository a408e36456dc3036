/** Table, its row count, its columns and the column collection. */
import { type Rect, parseAddress } from "./address";
import type { FakeRequestContext } from "./context";
import { assertNoMerges } from "./merges";
import { CollectionProxy, ProxyBase, itemNotFound } from "./proxy-base";
import { RangeProxy, writeInput } from "./range";
import { type Scalar, type SheetState, type TableState, officeError } from "./state";
import {
  assertNoOtherTable,
  ensureHeaders,
  lastDataRow,
  tableSheet,
  validateTableName,
} from "./table-rules";
import { WorksheetProxy } from "./worksheet";

export type TableResolver = () => TableState | null;

export class TableProxy extends ProxyBase {
  protected readonly scalarProps = [
    "name",
    "id",
    "showFilterButton",
    "style",
    "showTotals",
  ] as const;
  constructor(
    ctx: FakeRequestContext,
    private readonly resolver: TableResolver
  ) {
    super(ctx);
  }
  resolve(): TableState | null {
    return this.guard(this.resolver());
  }
  protected snapshot(prop: string, target: unknown): unknown {
    const t = target as TableState;
    switch (prop) {
      case "name":
        return t.name;
      case "id":
        return t.id;
      case "showFilterButton":
        return t.showFilterButton;
      case "style":
        return t.style;
      case "showTotals":
        return t.showTotals === true;
      default:
        throw officeError("InvalidArgument", `Table has no property '${prop}' in this model.`);
    }
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write("name", value, (t) => {
      const other = this.ctx.state.tableByName(value);
      if (other && other !== t)
        throw officeError("ItemAlreadyExists", `A table named "${value}" already exists.`);
      validateTableName(value);
      (t as TableState).name = value;
    });
  }
  get id(): string {
    return this.read("id");
  }
  get showFilterButton(): boolean {
    return this.read("showFilterButton");
  }
  set showFilterButton(value: boolean) {
    this.write("showFilterButton", value, (t) => ((t as TableState).showFilterButton = value));
  }
  set style(value: string) {
    this.write("style", value, (t) => ((t as TableState).style = value));
  }

  get showTotals(): boolean {
    return this.read("showTotals");
  }
  /**
   * A totals row appears below the last data row ("Total" in its first cell) and is part of
   * `getRange()`, not of `getDataBodyRange()`; turning it off removes the row and its cells.
   */
  set showTotals(value: boolean) {
    this.write("showTotals", value, (target) => {
      const t = target as TableState;
      if ((t.showTotals === true) === value) return;
      const sheet = tableSheet(this.ctx.state, t);
      if (value) {
        const row: Rect = { r0: t.rect.r1 + 1, r1: t.rect.r1 + 1, c0: t.rect.c0, c1: t.rect.c1 };
        assertNoOtherTable(this.ctx.state, row, t);
        for (let c = row.c0; c <= row.c1; c++) sheet.setCell(row.r0, c, undefined);
        sheet.setCell(row.r0, row.c0, { value: "Total" });
        t.rect = { ...t.rect, r1: row.r1 };
        t.showTotals = true;
      } else {
        for (let c = t.rect.c0; c <= t.rect.c1; c++) sheet.setCell(t.rect.r1, c, undefined);
        t.rect = { ...t.rect, r1: t.rect.r1 - 1 };
        t.showTotals = false;
      }
    });
  }
  getTotalRowRange(): RangeProxy {
    return this.range((t) => {
      if (!t.showTotals) throw itemNotFound(`totals row of table "${t.name}"`);
      return { ...t.rect, r0: t.rect.r1 };
    });
  }

  private range(map: (t: TableState) => Rect): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.resolve();
      if (t === null) return null;
      return { sheet: tableSheet(this.ctx.state, t), rect: map(t) };
    });
  }
  getRange(): RangeProxy {
    return this.range((t) => t.rect);
  }
  getHeaderRowRange(): RangeProxy {
    return this.range((t) => ({ ...t.rect, r1: t.rect.r0 }));
  }
  getDataBodyRange(): RangeProxy {
    return this.range((t) => ({ ...t.rect, r0: t.rect.r0 + 1, r1: lastDataRow(t) }));
  }
  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      const t = this.resolve();
      return t === null ? null : tableSheet(this.ctx.state, t);
    });
  }
  get columns(): TableColumnCollectionProxy {
    return new TableColumnCollectionProxy(this.ctx, this);
  }
  get rows(): {
    add: (index?: number | null, values?: Scalar[][]) => void;
    load: (p?: unknown) => void;
    readonly count: number;
  } {
    const self = this;
    const countProxy = new TableRowCountProxy(this.ctx, this);
    return {
      add(index?: number | null, values?: Scalar[][]) {
        self.call({ index, values }, (target) => {
          const t = target as TableState;
          if ((index !== null && index !== undefined) || t.showTotals) {
            throw officeError(
              "NotImplemented",
              "This model appends table rows only at the end, and not above a totals row."
            );
          }
          const n = values?.length ?? 1;
          const sheet = tableSheet(self.ctx.state, t);
          const added: Rect = {
            r0: t.rect.r1 + 1,
            r1: t.rect.r1 + n,
            c0: t.rect.c0,
            c1: t.rect.c1,
          };
          assertNoOtherTable(self.ctx.state, added, t);
          t.rect = { ...t.rect, r1: t.rect.r1 + n };
          if (values) writeInput({ sheet, rect: added }, values);
        });
      },
      load: (p?: unknown) => countProxy.load(p),
      get count(): number {
        return countProxy.count;
      },
    };
  }
  /** ExcelApi 1.13: new address for the whole table; the header row must stay where it is. */
  resize(address: string): void {
    this.call({ resize: address }, (target) => {
      this.ctx.requireApi("1.13", "Table.resize");
      const t = target as TableState;
      const parsed = parseAddress(address);
      const sheet = tableSheet(this.ctx.state, t);
      if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
        throw officeError("InvalidArgument", "A table cannot move to another sheet.");
      }
      // The address covers the whole table, its totals row included when one is shown.
      if (
        parsed.rect.r0 !== t.rect.r0 ||
        parsed.rect.r1 <= parsed.rect.r0 + (t.showTotals ? 1 : 0)
      ) {
        throw officeError(
          "InvalidArgument",
          "The header row must stay in place and the table keep a data row."
        );
      }
      assertNoOtherTable(this.ctx.state, parsed.rect, t);
      assertNoMerges(sheet, parsed.rect);
      t.rect = parsed.rect;
      ensureHeaders(sheet, t.rect, { state: this.ctx.state, table: t.name });
    });
  }
  delete(): void {
    this.call({ delete: true }, (t) => {
      this.ctx.state.tables = this.ctx.state.tables.filter((x) => x !== t);
    });
  }
  /** ExcelApi 1.2: the table goes, its cells (header row included) stay as plain cells. */
  convertToRange(): RangeProxy {
    let rect: Rect | undefined;
    let sheet: SheetState | undefined;
    this.call({ convertToRange: true }, (target) => {
      this.ctx.requireApi("1.2", "Table.convertToRange");
      const t = target as TableState;
      rect = t.rect;
      sheet = tableSheet(this.ctx.state, t);
      this.ctx.state.tables = this.ctx.state.tables.filter((x) => x !== t);
    });
    return new RangeProxy(this.ctx, () => (rect && sheet ? { sheet, rect } : null));
  }
}

export class TableRowCountProxy extends ProxyBase {
  protected readonly scalarProps = ["count"] as const;
  constructor(
    ctx: FakeRequestContext,
    private readonly table: TableProxy
  ) {
    super(ctx);
  }
  resolve(): unknown {
    return this.table.resolve();
  }
  protected snapshot(prop: string, target: unknown): unknown {
    const t = target as TableState;
    if (prop === "count") return lastDataRow(t) - t.rect.r0;
    return undefined;
  }
  get count(): number {
    return this.read("count");
  }
}

export class TableColumnProxy extends ProxyBase {
  protected readonly scalarProps = ["name", "index", "id"] as const;
  constructor(
    ctx: FakeRequestContext,
    private readonly table: TableProxy,
    private readonly pick: (t: TableState, sheet: SheetState) => number | null
  ) {
    super(ctx);
  }
  resolve(): { table: TableState; sheet: SheetState; col: number } | null {
    const t = this.table.resolve();
    if (t === null) return null;
    const sheet = tableSheet(this.ctx.state, t);
    const col = this.pick(t, sheet);
    return col === null ? this.guard(null) : { table: t, sheet, col };
  }
  protected snapshot(prop: string, target: unknown): unknown {
    const x = target as { table: TableState; sheet: SheetState; col: number };
    switch (prop) {
      case "name":
        return String(x.sheet.cell(x.table.rect.r0, x.col)?.value ?? "");
      case "index":
      case "id":
        return x.col - x.table.rect.c0;
      default:
        throw officeError(
          "InvalidArgument",
          `TableColumn has no property '${prop}' in this model.`
        );
    }
  }
  get name(): string {
    return this.read("name");
  }
  get index(): number {
    return this.read("index");
  }
  private range(rows: (t: TableState) => { r0: number; r1: number }): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const x = this.resolve();
      if (x === null) return null;
      return { sheet: x.sheet, rect: { ...rows(x.table), c0: x.col, c1: x.col } };
    });
  }
  getRange(): RangeProxy {
    return this.range((t) => ({ r0: t.rect.r0, r1: t.rect.r1 }));
  }
  getDataBodyRange(): RangeProxy {
    return this.range((t) => ({ r0: t.rect.r0 + 1, r1: lastDataRow(t) }));
  }
  getHeaderRowRange(): RangeProxy {
    return this.range((t) => ({ r0: t.rect.r0, r1: t.rect.r0 }));
  }
}

export class TableColumnCollectionProxy extends CollectionProxy<TableColumnProxy> {
  constructor(
    ctx: FakeRequestContext,
    private readonly table: TableProxy
  ) {
    super(ctx);
  }
  protected itemsNow(): TableColumnProxy[] {
    const t = this.table.resolve();
    if (t === null) return [];
    const out: TableColumnProxy[] = [];
    for (let c = t.rect.c0; c <= t.rect.c1; c++)
      out.push(new TableColumnProxy(this.ctx, this.table, () => c));
    return out;
  }
  getItemAt(index: number): TableColumnProxy {
    return new TableColumnProxy(this.ctx, this.table, (t) => {
      if (index < 0 || t.rect.c0 + index > t.rect.c1) throw itemNotFound(`table column ${index}`);
      return t.rect.c0 + index;
    });
  }
  private byName(name: string, orNull: boolean): TableColumnProxy {
    const column = new TableColumnProxy(this.ctx, this.table, (t, sheet) => {
      for (let c = t.rect.c0; c <= t.rect.c1; c++) {
        if (String(sheet.cell(t.rect.r0, c)?.value ?? "").toLowerCase() === name.toLowerCase())
          return c;
      }
      if (orNull) return null;
      throw itemNotFound(`table column "${name}"`);
    });
    return orNull ? column.markNullSource() : column;
  }
  getItem(name: string): TableColumnProxy {
    return this.byName(name, false);
  }
  getItemOrNullObject(name: string): TableColumnProxy {
    return this.byName(name, true);
  }
}
