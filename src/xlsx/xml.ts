/**
 * XML on a real, namespace-aware tokenizer (saxes): parts are matched by namespace URI and local
 * name, never by the prefix a writer happened to choose (`<x:c>` and `<c>` are the same cell), and
 * text is unescaped once, by the tokenizer.
 *
 * Two shapes: a small tree for small parts (workbook, relationships, content types, tables,
 * styles), and a streaming transform for sheets, which holds one buffered subtree (a row, a
 * view) at a time so a sheet of 600,000 rows is never a tree.
 */
import { SaxesParser, type SaxesTagNS } from "saxes";
import { PackageError } from "./limits";

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  ct: "http://schemas.openxmlformats.org/package/2006/content-types",
  x14: "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main",
  xm: "http://schemas.microsoft.com/office/excel/2006/main",
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  /** Strict Open XML (ISO 29500 strict) spells the main namespace differently. */
  strictMain: "http://purl.oclc.org/ooxml/spreadsheetml/main",
  strictRel: "http://purl.oclc.org/ooxml/officeDocument/relationships",
} as const;

export interface XmlAttr {
  /** Qualified name as written (`r:id`). */
  name: string;
  local: string;
  uri: string;
  value: string;
}

export interface XmlElement {
  kind: "element";
  name: string;
  local: string;
  uri: string;
  attrs: XmlAttr[];
  children: XmlNode[];
}

export type XmlNode =
  | XmlElement
  | { kind: "text"; text: string }
  | { kind: "cdata"; text: string }
  | { kind: "comment"; text: string }
  | { kind: "pi"; target: string; body: string };

export interface XmlDocument {
  declaration: boolean;
  root: XmlElement;
}

const ESC_TEXT = /[&<>]/g;
const ESC_ATTR = /[&<>"\t\n\r]/g;
const ENTITY: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/**
 * Characters XML 1.0 cannot carry at all, even escaped (control characters, lone surrogates).
 * A surrogate pair matches as a whole and is kept; no lookbehind, for older Safari web views.
 */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

export function xmlText(s: string): string {
  return s
    .replace(NOT_XML, (ch) => (ch.length === 2 ? ch : ""))
    .replace(ESC_TEXT, (c) => ENTITY[c]);
}

export function xmlAttr(s: string): string {
  return s
    .replace(NOT_XML, (ch) => (ch.length === 2 ? ch : ""))
    .replace(ESC_ATTR, (c) => ENTITY[c]);
}

export const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function toElement(tag: SaxesTagNS): XmlElement {
  return {
    kind: "element",
    name: tag.name,
    local: tag.local,
    uri: tag.uri,
    attrs: Object.values(tag.attributes).map((a) => ({
      name: a.name,
      local: a.local,
      uri: a.uri,
      value: a.value,
    })),
    children: [],
  };
}

function newParser(part: string): SaxesParser<{ xmlns: true }> {
  const p = new SaxesParser({ xmlns: true });
  p.on("doctype", () => {
    // OOXML parts never carry a DTD; one here can only be an attempt at entity expansion.
    throw new PackageError("xlsx.error.xml", { part, detail: "DOCTYPE is not allowed" });
  });
  return p;
}

function xmlError(part: string, err: unknown): PackageError {
  if (err instanceof PackageError) return err;
  return new PackageError("xlsx.error.xml", {
    part,
    detail: err instanceof Error ? err.message.split("\n")[0] : String(err),
  });
}

/** Parse a small part into a tree. */
export function parseXml(text: string, part = "?"): XmlDocument {
  const p = newParser(part);
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let declaration = false;
  p.on("xmldecl", () => (declaration = true));
  p.on("opentag", (tag) => {
    const el = toElement(tag);
    if (stack.length) stack[stack.length - 1].children.push(el);
    else root = el;
    stack.push(el);
  });
  p.on("closetag", () => void stack.pop());
  p.on("text", (text) => {
    if (stack.length) stack[stack.length - 1].children.push({ kind: "text", text });
  });
  p.on("cdata", (text) => {
    if (stack.length) stack[stack.length - 1].children.push({ kind: "cdata", text });
  });
  p.on("comment", (text) => {
    if (stack.length) stack[stack.length - 1].children.push({ kind: "comment", text });
  });
  p.on("processinginstruction", (pi) => {
    if (stack.length)
      stack[stack.length - 1].children.push({ kind: "pi", target: pi.target, body: pi.body });
  });
  try {
    p.write(text).close();
  } catch (err) {
    throw xmlError(part, err);
  }
  if (!root) throw new PackageError("xlsx.error.xml", { part, detail: "no root element" });
  return { declaration, root };
}

export function serializeNode(n: XmlNode): string {
  switch (n.kind) {
    case "text":
      return xmlText(n.text);
    case "cdata":
      return `<![CDATA[${n.text}]]>`;
    case "comment":
      return `<!--${n.text}-->`;
    case "pi":
      return `<?${n.target}${n.body ? ` ${n.body}` : ""}?>`;
    default:
      return serializeElement(n);
  }
}

export function openTag(el: Pick<XmlElement, "name" | "attrs">, selfClose = false): string {
  let s = `<${el.name}`;
  for (const a of el.attrs) s += ` ${a.name}="${xmlAttr(a.value)}"`;
  return s + (selfClose ? "/>" : ">");
}

export function serializeElement(el: XmlElement): string {
  if (el.children.length === 0) return openTag(el, true);
  let s = openTag(el);
  for (const c of el.children) s += serializeNode(c);
  return `${s}</${el.name}>`;
}

export function serializeXml(doc: XmlDocument): string {
  return (doc.declaration ? XML_DECL : "") + serializeElement(doc.root);
}

// --- tree helpers -------------------------------------------------------------------------------

export function elements(el: XmlElement, local?: string): XmlElement[] {
  return el.children.filter(
    (c): c is XmlElement => c.kind === "element" && (local === undefined || c.local === local)
  );
}

export function child(el: XmlElement, local: string): XmlElement | undefined {
  return elements(el, local)[0];
}

/** Every descendant element with this local name, in document order. */
export function descendants(el: XmlElement, local: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (c.kind !== "element") continue;
    if (c.local === local) out.push(c);
    descendants(c, local, out);
  }
  return out;
}

/** An attribute by local name; `uri` "" means unqualified (the usual case in SpreadsheetML). */
export function getAttr(
  el: Pick<XmlElement, "attrs">,
  local: string,
  uri = ""
): string | undefined {
  return el.attrs.find((a) => a.local === local && a.uri === uri)?.value;
}

/** The `r:id`-style relationship attribute, whatever its prefix (transitional or strict). */
export function relAttr(el: Pick<XmlElement, "attrs">, local = "id"): string | undefined {
  return el.attrs.find((a) => a.local === local && (a.uri === NS.rel || a.uri === NS.strictRel))
    ?.value;
}

export function setAttr(
  el: Pick<XmlElement, "attrs">,
  name: string,
  value: string | undefined
): void {
  const i = el.attrs.findIndex((a) => a.name === name);
  if (value === undefined) {
    if (i >= 0) el.attrs.splice(i, 1);
    return;
  }
  if (i >= 0) el.attrs[i].value = value;
  else el.attrs.push({ name, local: name.replace(/^.*:/, ""), uri: "", value });
}

export function textOf(el: XmlElement): string {
  let s = "";
  for (const c of el.children) {
    if (c.kind === "text" || c.kind === "cdata") s += c.text;
    else if (c.kind === "element") s += textOf(c);
  }
  return s;
}

/** A new element in the same namespace (and with the same prefix) as `like`. */
export function makeElement(
  like: Pick<XmlElement, "name" | "uri">,
  local: string,
  attrs: Record<string, string> = {},
  children: XmlNode[] = []
): XmlElement {
  const prefix = like.name.includes(":") ? like.name.slice(0, like.name.indexOf(":") + 1) : "";
  return {
    kind: "element",
    name: prefix + local,
    local,
    uri: like.uri,
    attrs: Object.entries(attrs).map(([name, value]) => ({
      name,
      local: name.replace(/^.*:/, ""),
      uri: "",
      value,
    })),
    children,
  };
}

export function isMain(el: Pick<XmlElement, "uri">): boolean {
  return el.uri === NS.main || el.uri === NS.strictMain;
}

// --- streaming ----------------------------------------------------------------------------------

export interface StreamHandlers {
  /** Local names (in the part's main namespace) whose subtrees are buffered and handed over. */
  buffer: ReadonlySet<string>;
  /** A buffered subtree: return its replacement text ("" drops it). `depth` 1 = child of root. */
  onSubtree?(el: XmlElement, depth: number): string;
  /** Text to insert just before an element closes (e.g. new rows before `</sheetData>`). */
  beforeClose?(el: XmlElement, depth: number): string;
  /** Change a streamed (not buffered) element's attributes before it is written. */
  onOpen?(el: XmlElement, depth: number): void;
}

/**
 * Re-write a part as it is read. Elements not buffered pass straight through (re-serialised:
 * same names, prefixes, attributes and text; quoting and entity spelling may differ, which XML
 * does not distinguish).
 */
export function transformXml(text: string, part: string, h: StreamHandlers): string {
  const p = newParser(part);
  const out: string[] = [];
  let declaration = false;
  // Streamed ancestors: their open tag is written when the first child arrives or at close.
  const stack: Array<{ el: XmlElement; written: boolean; buffered: boolean }> = [];
  let buffering: XmlElement[] | undefined; // the stack inside a buffered subtree
  const flushOpen = (): void => {
    const top = stack[stack.length - 1];
    if (top && !top.written && !top.buffered) {
      out.push(openTag(top.el));
      top.written = true;
    }
  };
  p.on("xmldecl", () => (declaration = true));
  p.on("opentag", (tag) => {
    const el = toElement(tag);
    if (buffering) {
      buffering[buffering.length - 1].children.push(el);
      buffering.push(el);
      return;
    }
    flushOpen();
    if ((isMain(el) || el.uri === "") && h.buffer.has(el.local) && stack.length > 0) {
      buffering = [el];
      stack.push({ el, written: false, buffered: true });
      return;
    }
    h.onOpen?.(el, stack.length);
    stack.push({ el, written: false, buffered: false });
  });
  p.on("closetag", () => {
    if (buffering) {
      buffering.pop();
      if (buffering.length > 0) return;
      buffering = undefined;
      const top = stack.pop();
      if (top) out.push(h.onSubtree ? h.onSubtree(top.el, stack.length) : serializeElement(top.el));
      return;
    }
    const top = stack.pop();
    if (!top) return;
    const extra = h.beforeClose?.(top.el, stack.length) ?? "";
    if (!top.written) {
      if (extra === "") {
        out.push(openTag(top.el, true));
        return;
      }
      out.push(openTag(top.el));
    }
    out.push(extra, `</${top.el.name}>`);
  });
  const push = (node: XmlNode): void => {
    if (buffering) {
      buffering[buffering.length - 1].children.push(node);
      return;
    }
    if (stack.length === 0) {
      if (node.kind !== "text") out.push(serializeNode(node));
      return;
    }
    flushOpen();
    out.push(serializeNode(node));
  };
  p.on("text", (text) => push({ kind: "text", text }));
  p.on("cdata", (text) => push({ kind: "cdata", text }));
  p.on("comment", (text) => push({ kind: "comment", text }));
  p.on("processinginstruction", (pi) => push({ kind: "pi", target: pi.target, body: pi.body }));
  try {
    const CHUNK = 1 << 20;
    for (let i = 0; i < text.length; i += CHUNK) p.write(text.slice(i, i + CHUNK));
    p.close();
  } catch (err) {
    throw xmlError(part, err);
  }
  return (declaration ? XML_DECL : "") + out.join("");
}

/** Read a part as a stream of buffered subtrees (nothing is written). */
export function scanXml(
  text: string,
  part: string,
  buffer: ReadonlySet<string>,
  onSubtree: (el: XmlElement, depth: number) => void,
  onOpen?: (el: XmlElement, depth: number) => void
): void {
  const p = newParser(part);
  let depth = 0;
  let buffering: XmlElement[] | undefined;
  p.on("opentag", (tag) => {
    if (buffering) {
      const el = toElement(tag);
      buffering[buffering.length - 1].children.push(el);
      buffering.push(el);
      return;
    }
    if (
      buffer.has(tag.local) &&
      (tag.uri === NS.main || tag.uri === NS.strictMain || tag.uri === "") &&
      depth > 0
    ) {
      buffering = [toElement(tag)];
      return;
    }
    onOpen?.(toElement(tag), depth);
    depth++;
  });
  p.on("closetag", () => {
    if (buffering) {
      const el = buffering.pop() as XmlElement;
      if (buffering.length === 0) {
        buffering = undefined;
        onSubtree(el, depth);
      }
      return;
    }
    depth--;
  });
  p.on("text", (text) => {
    if (buffering) buffering[buffering.length - 1].children.push({ kind: "text", text });
  });
  p.on("cdata", (text) => {
    if (buffering) buffering[buffering.length - 1].children.push({ kind: "cdata", text });
  });
  try {
    const CHUNK = 1 << 20;
    for (let i = 0; i < text.length; i += CHUNK) p.write(text.slice(i, i + CHUNK));
    p.close();
  } catch (err) {
    throw xmlError(part, err);
  }
}
