/** Range.format: every setting is recorded as a layer over the range (later layers win). */
import type { RangeProxy } from "./range";

class FillProxy {
  constructor(private readonly range: RangeProxy) {}
  set color(value: string) {
    this.range.addLayer("fill", value);
  }
  clear(): void {
    this.range.addLayer("fill", undefined);
  }
}

class FontProxy {
  constructor(private readonly range: RangeProxy) {}
  set bold(value: boolean) {
    this.range.addLayer("bold", value);
  }
  set italic(value: boolean) {
    this.range.addLayer("italic", value);
  }
  set color(value: string) {
    this.range.addLayer("fontColor", value);
  }
}

export class RangeFormatProxy {
  readonly fill: FillProxy;
  readonly font: FontProxy;
  constructor(private readonly range: RangeProxy) {
    this.fill = new FillProxy(range);
    this.font = new FontProxy(range);
  }
  set wrapText(value: boolean) {
    this.range.addLayer("wrapText", value);
  }
  set columnWidth(value: number) {
    this.range.addLayer("columnWidth", value);
  }
  set rowHeight(value: number) {
    this.range.addLayer("rowHeight", value);
  }
  set horizontalAlignment(value: string) {
    this.range.addLayer("horizontalAlignment", value);
  }
  set verticalAlignment(value: string) {
    this.range.addLayer("verticalAlignment", value);
  }
  autofitColumns(): void {
    this.range.autofit();
  }
  autofitRows(): void {
    this.range.addLayer("autofitRows", true);
  }
}
