/** Worksheet and the workbook's worksheet collection. */
import { parseAddress } from "./address";
import type { FakeRequestContext } from "./context";
import { CollectionProxy, ProxyBase, itemNotFound, jsonBytes } from "./proxy-base";
import { RangeProxy } from "./range";
import { type SheetState, officeError } from "./state";
import { TableCollectionProxy } from "./tables";

export type SheetResolver = () => SheetState | null;

export class WorksheetProxy extends ProxyBase {
  protected readonly scalarProps = ["name", "id", "visibility", "position"] as const;
  constructor(
    ctx: FakeRequestContext,
    private readonly resolver: SheetResolver
  ) {
    super(ctx);
  }
  resolve(): SheetState | null {
    return this.guard(this.resolver());
  }
  protected snapshot(prop: string, target: unknown): unknown {
    const s = target as SheetState;
    switch (prop) {
      case "name":
        return s.name;
      case "id":
        return s.id;
      case "visibility":
        return s.visibility;
      case "position":
        return this.ctx.state.sheets.indexOf(s);
      default:
        throw officeError("InvalidArgument", `Worksheet has no property '${prop}' in this model.`);
    }
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write("name", value, (s) => {
      if (
        this.ctx.state.sheetByName(value) &&
        (s as SheetState).name.toLowerCase() !== value.toLowerCase()
      ) {
        throw officeError("ItemAlreadyExists", `A sheet named "${value}" already exists.`);
      }
      (s as SheetState).name = value;
    });
  }
  get id(): string {
    return this.read("id");
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(value: string) {
    this.write("visibility", value, (s) => {
      const sheet = s as SheetState;
      const visible = this.ctx.state.sheets.filter(
        (x) => x.visibility === "Visible" && x !== sheet
      );
      if (value !== "Visible" && visible.length === 0) {
        throw officeError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet."
        );
      }
      sheet.visibility = value as SheetState["visibility"];
    });
  }
  get position(): number {
    return this.read("position");
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const sheet = this.resolve();
      if (sheet === null) return null;
      if (address === undefined) return { sheet, rect: { r0: 0, c0: 0, r1: 1048575, c1: 16383 } };
      const parsed = parseAddress(address);
      if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
        throw officeError(
          "InvalidArgument",
          `The address "${address}" is not on sheet "${sheet.name}".`
        );
      }
      return { sheet, rect: parsed.rect };
    });
  }

  getRangeByIndexes(row: number, col: number, rowCount: number, colCount: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      this.ctx.requireApi("1.7", "Worksheet.getRangeByIndexes");
      const sheet = this.resolve();
      if (sheet === null) return null;
      if (rowCount < 1 || colCount < 1)
        throw officeError("InvalidArgument", "A range needs at least one row and column.");
      return { sheet, rect: { r0: row, c0: col, r1: row + rowCount - 1, c1: col + colCount - 1 } };
    });
  }

  getCell(row: number, col: number): RangeProxy {
    return this.getRangeByIndexes(row, col, 1, 1);
  }

  getUsedRange(valuesOnly?: boolean): RangeProxy {
    void valuesOnly;
    return new RangeProxy(this.ctx, () => {
      const sheet = this.resolve();
      if (sheet === null) return null;
      return { sheet, rect: sheet.usedRect() ?? { r0: 0, c0: 0, r1: 0, c1: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    void valuesOnly;
    return new RangeProxy(this.ctx, () => {
      const sheet = this.resolve();
      if (sheet === null) return null;
      const rect = sheet.usedRect();
      return rect ? { sheet, rect } : null;
    }).markNullSource();
  }

  get freezePanes(): { freezeRows: (n: number) => void; unfreeze: () => void } {
    return {
      freezeRows: (n: number) =>
        this.call({ freezeRows: n }, (s) => {
          this.ctx.requireApi("1.7", "WorksheetFreezePanes.freezeRows");
          (s as SheetState).frozenRows = n;
        }),
      unfreeze: () => this.call({ unfreeze: true }, (s) => ((s as SheetState).frozenRows = 0)),
    };
  }

  get tables(): TableCollectionProxy {
    return new TableCollectionProxy(this.ctx, () => this.resolve());
  }

  get autoFilter(): { apply: (range: RangeProxy | string) => void; remove: () => void } {
    return {
      apply: (range: RangeProxy | string) =>
        this.call({ autoFilter: typeof range === "string" ? range : "range" }, (s) => {
          const sheet = s as SheetState;
          const target =
            typeof range === "string" ? { sheet, rect: parseAddress(range).rect } : range.resolve();
          if (target) sheet.autoFilter = target.rect;
        }),
      remove: () =>
        this.call({ autoFilter: null }, (s) => ((s as SheetState).autoFilter = undefined)),
    };
  }

  activate(): void {
    this.call({ activate: true }, (s) => (this.ctx.state.activeSheetId = (s as SheetState).id));
  }

  delete(): void {
    this.call({ delete: true }, (s) => {
      const state = this.ctx.state;
      const sheet = s as SheetState;
      // office-js#365 (by design): a very hidden sheet must be made visible or hidden before deleting.
      if (sheet.visibility === "VeryHidden") {
        throw officeError(
          "InvalidOperation",
          `The very hidden worksheet "${sheet.name}" cannot be deleted.`
        );
      }
      state.sheets = state.sheets.filter((x) => x !== sheet);
      state.tables = state.tables.filter((t) => t.sheetId !== sheet.id);
      if (state.activeSheetId === sheet.id) state.activeSheetId = state.sheets[0]?.id;
    });
  }
}

export class WorksheetCollectionProxy extends CollectionProxy<WorksheetProxy> {
  protected itemsNow(): WorksheetProxy[] {
    return this.ctx.state.sheets.map(
      (s) => new WorksheetProxy(this.ctx, () => (this.ctx.state.sheetById(s.id) ? s : null))
    );
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      const s = this.ctx.state.sheetByName(name);
      if (!s) throw itemNotFound(`worksheet "${name}"`);
      return s;
    });
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(
      this.ctx,
      () => this.ctx.state.sheetByName(name) ?? null
    ).markNullSource();
  }
  getActiveWorksheet(): WorksheetProxy {
    let id: string | undefined;
    this.ctx.enqueue(10, () => {
      id = this.ctx.state.activeSheetId;
    });
    return new WorksheetProxy(this.ctx, () => {
      const s = id ? this.ctx.state.sheetById(id) : undefined;
      if (!s) throw itemNotFound("active worksheet");
      return s;
    });
  }
  add(name?: string): WorksheetProxy {
    let id: string | undefined;
    this.ctx.enqueue(jsonBytes(name), () => {
      let n = name;
      if (n === undefined) {
        let i = this.ctx.state.sheets.length + 1;
        while (this.ctx.state.sheetByName(`Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      id = this.ctx.state.addSheet(n).id;
    });
    return new WorksheetProxy(this.ctx, () => {
      const s = id ? this.ctx.state.sheetById(id) : undefined;
      if (!s) throw itemNotFound(`worksheet "${name ?? ""}"`);
      return s;
    });
  }
}
