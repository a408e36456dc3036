/**
 * Charts in the in-memory Excel: the subset of Office.js charts the pane uses (src/excel/charts.ts).
 * Worksheet.charts.{add(type, sourceData, seriesBy), getItem, getItemOrNullObject, load("items/name")};
 * Chart.{name, title.text, setData, setPosition, delete, series.getItemAt(i)};
 * ChartSeries.{name, setValues, setXAxisValues}. Strict where Excel is: chart names are unique per
 * sheet (Excel renames a clash; the model refuses it, so a duplicate is a test failure, not a rename),
 * getItem of a missing name fails with ItemNotFound, setXAxisValues/setValues need ExcelApi 1.7.
 * Series are bound to cells by address (sheet-qualified), as Excel's series formulas are.
 *
 * Hooked into the worksheet proxy by defining `Worksheet.charts` here (imported once by index.ts),
 * so the sheet model itself knows nothing of charts: they live in a side table per sheet.
 */
import { fullAddress } from "./address";
import { ProxyBase } from "./proxy-base";
import { RangeProxy } from "./range";
import { WorksheetProxy } from "./worksheet";
import { type SheetState, type WorkbookState, officeError } from "./state";

export interface ChartSeriesState {
  name: string;
  /** Sheet-qualified address of the value cells. */
  values: string;
  /** Sheet-qualified address of the category cells, when set. */
  xValues?: string;
}

export interface ChartState {
  id: number;
  name: string;
  type: string;
  title?: string;
  series: ChartSeriesState[];
  /** Top-left and bottom-right cells the chart covers (A1, on its sheet). */
  from?: string;
  to?: string;
}

const charts = new WeakMap<SheetState, ChartState[]>();
let nextId = 1;

function chartsOn(sheet: SheetState): ChartState[] {
  let list = charts.get(sheet);
  if (!list) {
    list = [];
    charts.set(sheet, list);
  }
  return list;
}

/** The charts on a sheet (test side). */
export function chartsOf(state: WorkbookState, sheetName: string): ChartState[] {
  const sheet = state.sheetByName(sheetName);
  return sheet ? [...chartsOn(sheet)] : [];
}

function bytes(value: unknown): number {
  return JSON.stringify(value ?? null).length;
}

function notFound(what: string): Error {
  return officeError("ItemNotFound", `The requested resource (${what}) doesn't exist.`);
}

/** Series from a source range: one per column (or row), named like Excel's defaults. */
function seriesFrom(range: RangeProxy, by: string): ChartSeriesState[] {
  const t = range.resolve();
  if (!t) throw officeError("InvalidArgument", "A chart needs source data.");
  const out: ChartSeriesState[] = [];
  if (by === "Rows")
    for (let r = t.rect.r0; r <= t.rect.r1; r++)
      out.push({
        name: `Series${out.length + 1}`,
        values: fullAddress(t.sheet.name, { ...t.rect, r0: r, r1: r }),
      });
  else
    for (let c = t.rect.c0; c <= t.rect.c1; c++)
      out.push({
        name: `Series${out.length + 1}`,
        values: fullAddress(t.sheet.name, { ...t.rect, c0: c, c1: c }),
      });
  return out;
}

function cellOf(range: RangeProxy | string, sheet: SheetState): string {
  if (typeof range === "string") return range;
  const t = range.resolve();
  if (!t || t.sheet !== sheet)
    throw officeError("InvalidArgument", "A chart is positioned by cells of its own sheet.");
  return fullAddress(sheet.name, t.rect).split("!")[1];
}

type SheetResolver = () => SheetState | null;

export class ChartSeriesProxy extends ProxyBase {
  protected readonly scalarProps = ["name"] as const;
  constructor(
    ctx: ProxyBase["context"],
    private readonly chart: () => { sheet: SheetState; chart: ChartState } | null,
    private readonly index: number
  ) {
    super(ctx);
  }
  resolve(): ChartSeriesState | null {
    const c = this.chart();
    if (!c) return this.guard(null);
    const s = c.chart.series[this.index];
    if (!s) throw officeError("InvalidArgument", `The chart has no series ${this.index}.`);
    return this.guard(s);
  }
  protected snapshot(prop: string, target: unknown): unknown {
    if (prop === "name") return (target as ChartSeriesState).name;
    throw officeError("InvalidArgument", `ChartSeries has no property '${prop}' in this model.`);
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write("name", value, (s) => ((s as ChartSeriesState).name = value));
  }
  setValues(range: RangeProxy): void {
    this.call({ setValues: true }, (s) => {
      this.context.requireApi("1.7", "ChartSeries.setValues");
      (s as ChartSeriesState).values = seriesFrom(range, "Columns")[0].values;
    });
  }
  setXAxisValues(range: RangeProxy): void {
    this.call({ setXAxisValues: true }, (s) => {
      this.context.requireApi("1.7", "ChartSeries.setXAxisValues");
      (s as ChartSeriesState).xValues = seriesFrom(range, "Columns")[0].values;
    });
  }
}

export class ChartProxy extends ProxyBase {
  protected readonly scalarProps = ["name", "chartType"] as const;
  constructor(
    ctx: ProxyBase["context"],
    private readonly resolver: () => { sheet: SheetState; chart: ChartState } | null
  ) {
    super(ctx);
  }
  resolve(): { sheet: SheetState; chart: ChartState } | null {
    return this.guard(this.resolver());
  }
  protected snapshot(prop: string, target: unknown): unknown {
    const { chart } = target as { chart: ChartState };
    if (prop === "name") return chart.name;
    if (prop === "chartType") return chart.type;
    throw officeError("InvalidArgument", `Chart has no property '${prop}' in this model.`);
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write("name", value, (t) => {
      const { sheet, chart } = t as { sheet: SheetState; chart: ChartState };
      if (chartsOn(sheet).some((c) => c !== chart && c.name === value))
        throw officeError("ItemAlreadyExists", `A chart named "${value}" already exists.`);
      chart.name = value;
    });
  }
  get title(): { text: string } {
    const set = (value: string): void =>
      this.call({ title: value }, (t) => ((t as { chart: ChartState }).chart.title = value));
    return {
      get text(): string {
        throw officeError("PropertyNotLoaded", "Chart title text is write-only in this model.");
      },
      set text(value: string) {
        set(value);
      },
    };
  }
  get series(): { getItemAt: (i: number) => ChartSeriesProxy } {
    return {
      getItemAt: (i: number) => new ChartSeriesProxy(this.context, () => this.resolve(), i),
    };
  }
  setData(range: RangeProxy, seriesBy = "Auto"): void {
    this.call({ setData: seriesBy }, (t) => {
      const { chart } = t as { chart: ChartState };
      chart.series = seriesFrom(range, seriesBy);
    });
  }
  setPosition(start: RangeProxy | string, end?: RangeProxy | string): void {
    this.call({ setPosition: true }, (t) => {
      const { sheet, chart } = t as { sheet: SheetState; chart: ChartState };
      chart.from = cellOf(start, sheet);
      chart.to = end === undefined ? undefined : cellOf(end, sheet);
    });
  }
  delete(): void {
    this.call({ delete: true }, (t) => {
      const { sheet, chart } = t as { sheet: SheetState; chart: ChartState };
      charts.set(
        sheet,
        chartsOn(sheet).filter((c) => c !== chart)
      );
    });
  }
}

export class ChartCollectionProxy extends ProxyBase {
  protected readonly scalarProps = ["items"] as const;
  constructor(
    ctx: ProxyBase["context"],
    private readonly sheet: SheetResolver
  ) {
    super(ctx);
  }
  resolve(): SheetState | null {
    return this.guard(this.sheet());
  }
  protected snapshot(prop: string, target: unknown): unknown {
    if (prop === "count") return chartsOn(target as SheetState).length;
    throw officeError(
      "InvalidArgument",
      `ChartCollection has no property '${prop}' in this model.`
    );
  }
  private proxyOf(sheet: SheetState, chart: ChartState): ChartProxy {
    return new ChartProxy(this.context, () =>
      chartsOn(sheet).includes(chart) ? { sheet, chart } : null
    );
  }
  override load(props?: unknown): this {
    const list = typeof props === "string" ? props.split(",").map((p) => p.trim()) : ["items"];
    this.context.enqueue(bytes(list), () => {
      const sheet = this.resolve();
      const items = sheet ? chartsOn(sheet).map((c) => this.proxyOf(sheet, c)) : [];
      const sub = list.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
      let n = 0;
      for (const item of items) n += item.loadNow(sub.length > 0 ? sub : item.defaultProps());
      this.loaded.set("items", items);
      this.loaded.set("count", items.length);
      return n;
    });
    return this;
  }
  get items(): ChartProxy[] {
    return this.read("items");
  }
  get count(): number {
    return this.read("count");
  }
  add(type: string, source: RangeProxy, seriesBy = "Auto"): ChartProxy {
    const id = nextId++;
    this.call({ add: type }, (s) => {
      const sheet = s as SheetState;
      const list = chartsOn(sheet);
      let n = list.length + 1;
      while (list.some((c) => c.name === `Chart ${n}`)) n++;
      list.push({ id, name: `Chart ${n}`, type, series: seriesFrom(source, seriesBy) });
    });
    return new ChartProxy(this.context, () => {
      const sheet = this.resolve();
      const chart = sheet ? chartsOn(sheet).find((c) => c.id === id) : undefined;
      if (!sheet || !chart) throw notFound(`chart ${id}`);
      return { sheet, chart };
    });
  }
  getItem(name: string): ChartProxy {
    return new ChartProxy(this.context, () => {
      const sheet = this.resolve();
      const chart = sheet ? chartsOn(sheet).find((c) => c.name === name) : undefined;
      if (!sheet || !chart) throw notFound(`chart "${name}"`);
      return { sheet, chart };
    });
  }
  getItemOrNullObject(name: string): ChartProxy {
    return new ChartProxy(this.context, () => {
      const sheet = this.resolve();
      const chart = sheet ? chartsOn(sheet).find((c) => c.name === name) : undefined;
      return sheet && chart ? { sheet, chart } : null;
    }).markNullSource();
  }
}

// The hook: Worksheet.charts, resolved through the worksheet proxy like its tables.
Object.defineProperty(WorksheetProxy.prototype, "charts", {
  configurable: true,
  get(this: WorksheetProxy): ChartCollectionProxy {
    return new ChartCollectionProxy(this.context, () => this.resolve());
  },
});
