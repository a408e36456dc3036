/** Range.conditionalFormats: add("ContainsText").textComparison and clearAll. */
import { intersects } from "./address";
import { jsonBytes } from "./proxy-base";
import type { RangeProxy } from "./range";
import type { ConditionalFormat } from "./state";

class ConditionalFormatProxy {
  private record: ConditionalFormat | undefined;
  readonly textComparison: {
    format: { fill: { color: string }; font: { color: string } };
    rule: { operator: string; text: string };
  };
  constructor(range: RangeProxy, type: string) {
    range.context.enqueue(20, () => {
      const t = range.resolve();
      if (!t) return;
      this.record = { rect: t.rect, type };
      t.sheet.conditionalFormats.push(this.record);
    });
    const set = (apply: (r: ConditionalFormat) => void, value: unknown): void =>
      range.context.enqueue(jsonBytes(value), () => {
        if (this.record) apply(this.record);
      });
    this.textComparison = {
      format: {
        fill: {
          set color(value: string) {
            set((r) => (r.fill = value), value);
          },
        } as { color: string },
        font: {
          set color(value: string) {
            set((r) => (r.fontColor = value), value);
          },
        } as { color: string },
      },
      set rule(value: { operator: string; text: string }) {
        set((r) => {
          r.operator = value.operator;
          r.text = value.text;
        }, value);
      },
    } as ConditionalFormatProxy["textComparison"];
  }
}

export class ConditionalFormatCollectionProxy {
  constructor(private readonly range: RangeProxy) {}
  add(type: string): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.range, type);
  }
  clearAll(): void {
    this.range.context.enqueue(10, () => {
      const t = this.range.resolve();
      if (t)
        t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter(
          (f) => !intersects(f.rect, t.rect)
        );
    });
  }
}
