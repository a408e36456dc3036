/**
 * Workbook.onSelectionChanged for the in-memory Excel (which models no events), kept out of the
 * shared fake on purpose: it wraps the installed `Excel.run` so every context's workbook carries
 * the event, and supports `Excel.run(context, batch)`, which Office.js uses to remove a handler
 * from the context it was added in. `select` is the user clicking a cell: it moves the selection
 * and raises the event, as Excel does.
 */
import { FakeExcel, parseAddress } from "../support/fake-excel";

type Handler = () => Promise<unknown>;

export interface SelectionEvents {
  /** Handlers currently registered. */
  readonly count: number;
  select(sheetName: string, address: string): Promise<void>;
}

interface ExcelGlobal {
  run: (...args: unknown[]) => Promise<unknown>;
}

export function withSelectionEvents(
  fake: FakeExcel,
  target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>
): SelectionEvents {
  const handlers = new Set<Handler>();
  const excel = target.Excel as ExcelGlobal;
  const run = excel.run;
  excel.run = (...args: unknown[]) => {
    const batch = args[args.length - 1] as (ctx: unknown) => Promise<unknown>;
    return run(async (context: { workbook: Record<string, unknown> }) => {
      context.workbook.onSelectionChanged = {
        add(handler: Handler) {
          handlers.add(handler);
          return { context, remove: () => void handlers.delete(handler) };
        },
      };
      return batch(context);
    });
  };
  return {
    get count() {
      return handlers.size;
    },
    async select(sheetName, address) {
      const sheet = fake.state.sheetByName(sheetName);
      if (!sheet) throw new Error(`no sheet ${sheetName}`);
      fake.state.activeSheetId = sheet.id;
      fake.state.selection = { sheetId: sheet.id, rect: parseAddress(address).rect };
      await Promise.all([...handlers].map((h) => h()));
    },
  };
}
