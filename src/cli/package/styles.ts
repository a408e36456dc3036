/**
 * The few cell formats the add-in's output uses (bold header, wrapped top-aligned prose, a pathway
 * fill), added to the workbook's styles part once each and referenced by index from every cell
 * that uses them. One style per combination, never one per cell: a per-cell style object is what
 * makes a cell-by-cell writer explode past a few million cells.
 */
import {
  NS,
  XML_DECL,
  child,
  elements,
  makeElement,
  parseXml,
  serializeXml,
  setAttr,
  type XmlElement,
} from "../../xlsx/xml";

export interface CellFormat {
  bold?: boolean;
  /** Wrapped text, aligned to the top of the cell. */
  wrap?: boolean;
  /** Solid fill, #RRGGBB. */
  fill?: string;
}

const MINIMAL_STYLES = `${XML_DECL}<styleSheet xmlns="${NS.main}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

export class StyleBook {
  private doc?: ReturnType<typeof parseXml>;
  private readonly byKey = new Map<string, number>();
  private boldFont?: number;
  private readonly fills = new Map<string, number>();

  /** `xml`: the workbook's styles part as it is (undefined when it has none). */
  constructor(private readonly xml: string | undefined) {}

  get changed(): boolean {
    return this.byKey.size > 0;
  }

  /** Whether the workbook had no styles part (the caller then adds one). */
  get created(): boolean {
    return this.xml === undefined;
  }

  private root(): XmlElement {
    this.doc ??= parseXml(this.xml ?? MINIMAL_STYLES, "styles");
    return this.doc.root;
  }

  /** The list element (fonts, fills, cellXfs), created in its schema place when missing. */
  private list(local: "fonts" | "fills" | "cellXfs"): XmlElement {
    const root = this.root();
    const found = child(root, local);
    if (found) return found;
    const el = makeElement(root, local, { count: "0" });
    // CT_Stylesheet order: numFmts, fonts, fills, borders, cellStyleXfs, cellXfs, …
    const after = {
      fonts: ["numFmts"],
      fills: ["numFmts", "fonts"],
      cellXfs: ["numFmts", "fonts", "fills", "borders", "cellStyleXfs"],
    }[local];
    let at = 0;
    root.children.forEach((c, i) => {
      if (c.kind === "element" && after.includes(c.local)) at = i + 1;
    });
    root.children.splice(at, 0, el);
    return el;
  }

  private append(local: "fonts" | "fills" | "cellXfs", el: XmlElement): number {
    const list = this.list(local);
    const index = elements(list).length;
    list.children.push(el);
    setAttr(list, "count", String(index + 1));
    return index;
  }

  private bold(): number {
    if (this.boldFont !== undefined) return this.boldFont;
    const fonts = this.list("fonts");
    const base = elements(fonts)[0];
    // The workbook's default font made bold (its size, name and colour kept).
    const font = base
      ? (JSON.parse(JSON.stringify(base)) as XmlElement)
      : makeElement(fonts, "font");
    font.children = font.children.filter((c) => c.kind !== "element" || c.local !== "b");
    font.children.unshift(makeElement(fonts, "b"));
    this.boldFont = this.append("fonts", font);
    return this.boldFont;
  }

  private fill(hex: string): number {
    const rgb = `FF${hex.replace(/^#/, "").toUpperCase()}`;
    const hit = this.fills.get(rgb);
    if (hit !== undefined) return hit;
    const fills = this.list("fills");
    const el = makeElement(fills, "fill", {}, [
      makeElement(fills, "patternFill", { patternType: "solid" }, [
        makeElement(fills, "fgColor", { rgb }),
        makeElement(fills, "bgColor", { indexed: "64" }),
      ]),
    ]);
    const index = this.append("fills", el);
    this.fills.set(rgb, index);
    return index;
  }

  /** The style index of a format (added on first use). */
  xf(format: CellFormat): number {
    const key = `${format.bold ? 1 : 0}|${format.wrap ? 1 : 0}|${format.fill ?? ""}`;
    const hit = this.byKey.get(key);
    if (hit !== undefined) return hit;
    const xfs = this.list("cellXfs");
    const attrs: Record<string, string> = {
      numFmtId: "0",
      fontId: String(format.bold ? this.bold() : 0),
      fillId: String(format.fill ? this.fill(format.fill) : 0),
      borderId: "0",
      xfId: "0",
    };
    if (format.bold) attrs.applyFont = "1";
    if (format.fill) attrs.applyFill = "1";
    const children = [];
    if (format.wrap) {
      attrs.applyAlignment = "1";
      children.push(makeElement(xfs, "alignment", { vertical: "top", wrapText: "1" }));
    }
    const index = this.append("cellXfs", makeElement(xfs, "xf", attrs, children));
    this.byKey.set(key, index);
    return index;
  }

  /** The styles part with the added formats. */
  toXml(): string {
    const root = this.root();
    return serializeXml(this.doc ?? { declaration: true, root });
  }
}
