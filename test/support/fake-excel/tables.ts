/** The table collections of the workbook and of a worksheet: getItem, getItemOrNullObject, add. */
import { parseAddress } from "./address";
import type { FakeRequestContext } from "./context";
import { CollectionProxy, itemNotFound, jsonBytes } from "./proxy-base";
import { type SheetState, type TableState, officeError } from "./state";
import { assertNoMerges } from "./merges";
import { TableProxy } from "./table";
import { assertNoOtherTable, ensureHeaders } from "./table-rules";

export class TableCollectionProxy extends CollectionProxy<TableProxy> {
  constructor(
    ctx: FakeRequestContext,
    private readonly sheetScope?: () => SheetState | null
  ) {
    super(ctx);
  }
  private scoped(): TableState[] {
    const sheet = this.sheetScope?.();
    if (this.sheetScope && !sheet) return [];
    return this.ctx.state.tables.filter((t) => !sheet || t.sheetId === sheet.id);
  }
  protected itemsNow(): TableProxy[] {
    return this.scoped().map(
      (t) => new TableProxy(this.ctx, () => this.ctx.state.tableById(t.id) ?? null)
    );
  }
  getItem(name: string): TableProxy {
    return new TableProxy(this.ctx, () => {
      const t = this.scoped().find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!t) throw itemNotFound(`table "${name}"`);
      return t;
    });
  }
  getItemOrNullObject(name: string): TableProxy {
    return new TableProxy(
      this.ctx,
      () => this.scoped().find((x) => x.name.toLowerCase() === name.toLowerCase()) ?? null
    ).markNullSource();
  }
  add(address: string, hasHeaders: boolean): TableProxy {
    let id: string | undefined;
    this.ctx.enqueue(jsonBytes(address), () => {
      const parsed = parseAddress(address);
      const scope = this.sheetScope?.();
      const sheetName = parsed.sheet ?? scope?.name;
      const active = this.ctx.state.activeSheetId
        ? this.ctx.state.sheetById(this.ctx.state.activeSheetId)
        : undefined;
      const sheet = sheetName !== undefined ? this.ctx.state.sheetByName(sheetName) : active;
      if (!sheet) throw itemNotFound(`worksheet "${sheetName ?? ""}"`);
      let rect = parsed.rect;
      if (!hasHeaders) {
        // Excel inserts a header row above the data; this model needs the row above to be free.
        if (rect.r0 === 0)
          throw officeError("NotImplemented", "This model cannot add headers above row 1.");
        rect = { ...rect, r0: rect.r0 - 1 };
      }
      if (rect.r1 === rect.r0) rect = { ...rect, r1: rect.r0 + 1 };
      assertNoOtherTable(this.ctx.state, rect, { sheetId: sheet.id } as TableState);
      assertNoMerges(sheet, rect);
      ensureHeaders(sheet, rect, { state: this.ctx.state, table: "(new table)" });
      let n = this.ctx.state.tables.length + 1;
      while (this.ctx.state.tableByName(`Table${n}`)) n++;
      const table: TableState = {
        id: this.ctx.state.newId("table"),
        name: `Table${n}`,
        sheetId: sheet.id,
        rect,
        showFilterButton: true,
        style: "TableStyleMedium2",
      };
      this.ctx.state.tables.push(table);
      id = table.id;
    });
    return new TableProxy(this.ctx, () => {
      const t = id ? this.ctx.state.tableById(id) : undefined;
      if (!t) throw itemNotFound("new table");
      return t;
    });
  }
}
