/**
 * `reimb classify --writer package` on workbooks crafted here: a chart with its drawing, a pivot
 * cache, an external link, a sensitivity label and a VBA project must leave the run byte for byte;
 * an .xlsm stays an .xlsm; the comments, validation, conditional format, hyperlink, column width
 * and rich text a user put on Evidence survive a re-run; the grids are the ones the ExcelJS writer
 * produces; and a hostile file is still refused by the package limits.
 */
import { BLOCK_SPECS } from "../../../src/domain/writeback";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { XMLValidator } from "fast-xml-parser";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { run } from "../../../src/cli/classify";
import { readBox, sheetBox } from "../../../src/cli/workbook";
import { WorkbookSnapshot } from "../../../src/cli/package/snapshot";
import { EVIDENCE_COLUMNS } from "../../../src/domain/report";
import { setLocale } from "../../../src/i18n/catalogue";
import {
  PackageError,
  openPackage,
  readSharedStrings,
  readSheet,
  readWorkbook,
} from "../../../src/xlsx";

const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const HEADERS = [
  "Product ID",
  "Product",
  "Product type",
  "Site of care",
  "FDA status",
  "Candidate code(s)",
  "Code fit",
  "Medicare benefit category",
];
// Real codes: E0601 CPAP (DME), 93656 AF ablation (CPT I), L1833 knee orthosis, J3490 unclassified drug.
const ROWS: (string | null)[][] = [
  [
    "P-1",
    "SomnaAir CPAP",
    "home-use durable equipment",
    "home",
    "510(k) cleared",
    "E0601",
    "describes",
    "DME",
  ],
  [
    "P-2",
    "=SUM(1,2)",
    "procedure device",
    "hospital outpatient",
    "510(k) cleared",
    "93656",
    "describes",
    null,
  ],
  [
    "P-3",
    "+Brace @home",
    "orthotic or prosthetic",
    "POS 12",
    "exempt",
    "L1833",
    "describes",
    "prosthetic or orthotic",
  ],
  [
    "P-4",
    "@Veloxa injection",
    "drug or biologic",
    "hospital outpatient",
    "NDA or BLA approved",
    "J3490",
    "partially",
    "drug",
  ],
];

let dir: string;
const savedEnv = process.env.REIMB_NO_REFERENCE;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "reimb-pkg-"));
  // The CMS folder changes text the domain writes, not how it is written: left out for speed.
  process.env.REIMB_NO_REFERENCE = "1";
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (savedEnv === undefined) delete process.env.REIMB_NO_REFERENCE;
  else process.env.REIMB_NO_REFERENCE = savedEnv;
  setLocale("en");
});
beforeEach(() => {
  jest.spyOn(console, "log").mockImplementation(() => undefined);
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

function file(name: string): string {
  return path.join(dir, name);
}

async function productsBook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Products");
  ws.addRow(["Portfolio (fictional products)"]);
  ws.addTable({
    name: "Products",
    ref: "A2",
    columns: HEADERS.map((h) => ({ name: h, filterButton: true })),
    rows: ROWS,
  });
  const notes = wb.addWorksheet("Notes");
  notes.getCell("A1").value = "Rate";
  notes.getCell("B1").value = { formula: "[1]Rates!$A$1", result: 42 } as ExcelJS.CellFormulaValue;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

type Files = Record<string, Uint8Array>;

function text(files: Files, name: string): string {
  return strFromU8(files[name]);
}

function put(files: Files, name: string, xml: string): void {
  files[name] = strToU8(xml);
}

function addOverride(files: Files, part: string, type: string): void {
  put(
    files,
    "[Content_Types].xml",
    text(files, "[Content_Types].xml").replace(
      "</Types>",
      `<Override PartName="/${part}" ContentType="${type}"/></Types>`
    )
  );
}

function addRel(
  files: Files,
  rels: string,
  id: string,
  type: string,
  target: string,
  external = false
): void {
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${target}"${external ? ' TargetMode="External"' : ""}/>`;
  if (!files[rels])
    put(
      files,
      rels,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`
    );
  else put(files, rels, text(files, rels).replace("</Relationships>", `${rel}</Relationships>`));
}

/** The part of a sheet, by name, through the workbook's relationships. */
function sheetPart(files: Files, name: string): string {
  const wb = text(files, "xl/workbook.xml");
  const rid = new RegExp(
    `<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"|<sheet [^>]*r:id="([^"]+)"[^>]*name="${name}"`
  ).exec(wb);
  const id = rid?.[1] ?? rid?.[2];
  const rels = text(files, "xl/_rels/workbook.xml.rels");
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(
    rels
  );
  const t = (target?.[1] ?? target?.[2]) as string;
  return t.startsWith("/") ? t.slice(1) : `xl/${t}`;
}

function relsOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
}

const DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>15</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>Products!$A$3:$A$6</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>Notes!$B$1</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart></c:plotArea></c:chart></c:chartSpace>`;

/**
 * A workbook with what ExcelJS cannot carry: a chart and its drawing on Products, a pivot cache,
 * an external link read by a formula, a sensitivity label and (for .xlsm) a VBA project.
 */
async function richBook(macro: boolean): Promise<Uint8Array> {
  const files = unzipSync(await productsBook()) as Files;
  const products = sheetPart(files, "Products");
  addRel(files, relsOf(products), "rIdDrw1", `${R}/drawing`, "../drawings/drawing1.xml");
  put(
    files,
    products,
    text(files, products).replace("<tableParts", '<drawing r:id="rIdDrw1"/><tableParts')
  );
  put(files, "xl/drawings/drawing1.xml", DRAWING);
  addRel(
    files,
    "xl/drawings/_rels/drawing1.xml.rels",
    "rId1",
    `${R}/chart`,
    "../charts/chart1.xml"
  );
  put(files, "xl/charts/chart1.xml", CHART);
  addOverride(
    files,
    "xl/drawings/drawing1.xml",
    "application/vnd.openxmlformats-officedocument.drawing+xml"
  );
  addOverride(
    files,
    "xl/charts/chart1.xml",
    "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
  );

  put(
    files,
    "xl/pivotCache/pivotCacheDefinition1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}" r:id="rId1" refreshOnLoad="1" recordCount="0"><cacheSource type="worksheet"><worksheetSource ref="A2:B6" sheet="Products"/></cacheSource><cacheFields count="2"><cacheField name="Product ID" numFmtId="0"><sharedItems/></cacheField><cacheField name="Product" numFmtId="0"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>`
  );
  put(
    files,
    "xl/pivotCache/pivotCacheRecords1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><pivotCacheRecords xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0"/>`
  );
  addRel(
    files,
    "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels",
    "rId1",
    `${R}/pivotCacheRecords`,
    "pivotCacheRecords1.xml"
  );
  addRel(
    files,
    "xl/_rels/workbook.xml.rels",
    "rIdPc1",
    `${R}/pivotCacheDefinition`,
    "pivotCache/pivotCacheDefinition1.xml"
  );
  addOverride(
    files,
    "xl/pivotCache/pivotCacheDefinition1.xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"
  );
  addOverride(
    files,
    "xl/pivotCache/pivotCacheRecords1.xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml"
  );

  put(
    files,
    "xl/externalLinks/externalLink1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}"><externalBook r:id="rId1"><sheetNames><sheetName val="Rates"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>42</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`
  );
  addRel(
    files,
    "xl/externalLinks/_rels/externalLink1.xml.rels",
    "rId1",
    `${R}/externalLinkPath`,
    "file:///C:/Rates/rates2026.xlsx",
    true
  );
  addRel(
    files,
    "xl/_rels/workbook.xml.rels",
    "rIdExt1",
    `${R}/externalLink`,
    "externalLinks/externalLink1.xml"
  );
  addOverride(
    files,
    "xl/externalLinks/externalLink1.xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"
  );
  let wb = text(files, "xl/workbook.xml").replace(
    "</sheets>",
    '</sheets><externalReferences><externalReference r:id="rIdExt1"/></externalReferences>'
  );
  wb = wb.replace(
    /(<calcPr[^>]*\/>)/,
    '$1<pivotCaches><pivotCache cacheId="1" r:id="rIdPc1"/></pivotCaches>'
  );
  put(files, "xl/workbook.xml", wb);

  const label = "MSIP_Label_3f1c2a9e-0000-4000-8000-000000000001";
  put(
    files,
    "docProps/custom.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${label}_Enabled"><vt:lpwstr>true</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="${label}_Name"><vt:lpwstr>Confidential</vt:lpwstr></property></Properties>`
  );
  put(
    files,
    "docMetadata/LabelInfo.xml",
    `<?xml version="1.0" encoding="utf-8" standalone="yes"?><clbl:labelList xmlns:clbl="http://schemas.microsoft.com/office/2020/mipLabelMetadata"><clbl:label id="{3f1c2a9e-0000-4000-8000-000000000001}" enabled="1" method="Standard" siteId="{00000000-0000-4000-8000-000000000002}" removed="0"/></clbl:labelList>`
  );
  addRel(files, "_rels/.rels", "rIdCustom", `${R}/custom-properties`, "docProps/custom.xml");
  addRel(
    files,
    "_rels/.rels",
    "rIdLabel",
    "http://schemas.microsoft.com/office/2020/02/relationships/classificationlabels",
    "docMetadata/LabelInfo.xml"
  );
  addOverride(
    files,
    "docProps/custom.xml",
    "application/vnd.openxmlformats-officedocument.custom-properties+xml"
  );
  addOverride(
    files,
    "docMetadata/LabelInfo.xml",
    "application/vnd.ms-office.classificationlabels+xml"
  );

  if (macro) {
    files["xl/vbaProject.bin"] = new Uint8Array([
      0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 7, 7, 7, 7,
    ]);
    addRel(
      files,
      "xl/_rels/workbook.xml.rels",
      "rIdVba",
      "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
      "vbaProject.bin"
    );
    addOverride(files, "xl/vbaProject.bin", "application/vnd.ms-office.vbaProject");
    put(
      files,
      "[Content_Types].xml",
      text(files, "[Content_Types].xml").replace(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
      )
    );
  }
  return zipSync(files);
}

/** Parts the classify run owns (rewrites): everything else must come out byte for byte. */
function ownedParts(files: Files): Set<string> {
  const owned = new Set([
    "[Content_Types].xml",
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "xl/styles.xml",
    "xl/sharedStrings.xml",
    "xl/calcChain.xml",
  ]);
  const wb = text(files, "xl/workbook.xml");
  // The Products sheet, every sheet a write-back block owns (Evidence, Strategy, Roadmap, …) and the record.
  const ownSheets = Object.values(BLOCK_SPECS)
    .filter((spec) => spec.ownSheet)
    .map((spec) => spec.table);
  for (const name of ["Products", ...ownSheets, "_ReimbState"]) {
    if (!new RegExp(`name="${name}"`).test(wb)) continue;
    const part = sheetPart(files, name);
    owned.add(part);
    owned.add(relsOf(part));
    const rels = files[relsOf(part)] ? text(files, relsOf(part)) : "";
    for (const m of rels.matchAll(/Type="[^"]*\/table" Target="\.\.\/tables\/([^"]+)"/g))
      owned.add(`xl/tables/${m[1]}`);
  }
  return owned;
}

function checkWellFormed(files: Files): void {
  for (const [name, data] of Object.entries(files)) {
    if (!/\.(xml|rels|vml)$/i.test(name)) continue;
    expect([name, XMLValidator.validate(strFromU8(data))]).toEqual([name, true]);
  }
  // Every sheet reads back through the package reader (the namespace-aware tokenizer).
  const pkg = openPackage(zipSync(files));
  const info = readWorkbook(pkg);
  const sst = readSharedStrings(pkg, info);
  for (const s of info.sheets)
    if (s.kind === "worksheet") readSheet(pkg, s.part, sst, () => undefined);
}

function expectKept(before: Files, after: Files): string[] {
  const owned = ownedParts(before);
  const kept: string[] = [];
  for (const [name, data] of Object.entries(before)) {
    if (owned.has(name)) continue;
    expect([name, Buffer.from(after[name] ?? []).equals(Buffer.from(data))]).toEqual([name, true]);
    kept.push(name);
  }
  return kept;
}

async function classify(
  input: string,
  output: string,
  writer: "package" | "exceljs" = "package"
): Promise<number> {
  return run([
    input,
    "-o",
    output,
    "--force",
    "--as-of",
    "2026-06-01",
    ...(writer === "package" ? ["--writer", "package"] : []),
  ]);
}

/** Every sheet's values as ExcelJS reads them (trailing empties trimmed), and every table's extent and columns. */
async function grids(p: string): Promise<Record<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(p);
  const out: Record<string, unknown> = {};
  for (const ws of wb.worksheets) {
    const g = readBox(ws, sheetBox(ws)).map((r) => {
      const x = r.map((v) => (v === null ? "" : String(v)));
      while (x.length && x[x.length - 1] === "") x.pop();
      return x;
    });
    while (g.length && g[g.length - 1].length === 0) g.pop();
    out[`${ws.name} (${ws.state})`] = g;
    for (const t of ws.getTables() as unknown as {
      table: { name: string; tableRef?: string; ref?: string; columns: { name: string }[] };
    }[])
      out[`table ${t.table.name}`] = [
        ws.name,
        t.table.tableRef ?? t.table.ref,
        t.table.columns.map((c) => c.name),
      ];
  }
  return out;
}

/** Set cells of a sheet in the package: `cells` maps A1 → cell XML (without the address). */
function setCells(files: Files, part: string, cells: Record<string, string>): void {
  let xml = text(files, part);
  for (const [ref, body] of Object.entries(cells)) {
    const row = Number(/\d+$/.exec(ref)?.[0]);
    const cell = body.replace(/^<c\b/, `<c r="${ref}"`);
    const existing = new RegExp(`<c r="${ref}"(?:[^>]*/>|[^>]*>[\\s\\S]*?</c>)`);
    if (existing.test(xml)) xml = xml.replace(existing, cell);
    else {
      const rowRe = new RegExp(`(<row r="${row}"[^>]*>)([\\s\\S]*?)(</row>)`);
      const m = rowRe.exec(xml) as RegExpExecArray;
      const col = (a: string): number =>
        [...(/^[A-Z]+/.exec(a) as RegExpExecArray)[0]].reduce(
          (n, ch) => n * 26 + ch.charCodeAt(0) - 64,
          0
        );
      const parts = [...m[2].matchAll(/<c r="([A-Z]+\d+)"(?:[^>]*\/>|[^>]*>[\s\S]*?<\/c>)/g)].map(
        (c) => ({ col: col(c[1]), xml: c[0] })
      );
      parts.push({ col: col(ref), xml: cell });
      parts.sort((a, b) => a.col - b.col);
      xml = xml.replace(rowRe, `$1${parts.map((p) => p.xml).join("")}$3`);
    }
  }
  put(files, part, xml);
}

function letter(i: number): string {
  return String.fromCharCode(65 + i);
}

describe("classify --writer package: what it does not own leaves byte for byte", () => {
  for (const macro of [false, true]) {
    const ext = macro ? "xlsm" : "xlsx";
    it(`keeps chart, drawing, pivot cache, external link, label${macro ? ", VBA project" : ""} and the user's Evidence extras over two runs (.${ext})`, async () => {
      const input = file(`rich.${ext}`);
      fs.writeFileSync(input, await richBook(macro));
      const out1 = file(`rich.out1.${ext}`);
      expect(await classify(input, out1)).toBe(0);
      const before = unzipSync(new Uint8Array(fs.readFileSync(input))) as Files;
      const first = unzipSync(new Uint8Array(fs.readFileSync(out1))) as Files;
      const kept = expectKept(before, first);
      expect(kept).toEqual(
        expect.arrayContaining([
          "xl/charts/chart1.xml",
          "xl/drawings/drawing1.xml",
          "xl/pivotCache/pivotCacheDefinition1.xml",
          "xl/externalLinks/externalLink1.xml",
          "docProps/custom.xml",
          "docMetadata/LabelInfo.xml",
          "xl/worksheets/sheet2.xml",
        ])
      );
      if (macro) expect(kept).toContain("xl/vbaProject.bin");
      checkWellFormed(first);
      const types = text(first, "[Content_Types].xml");
      expect(types.includes("application/vnd.ms-excel.sheet.macroEnabled.main+xml")).toBe(macro);
      // The drawing is still on the Products sheet, and the external-link formula still reads [1].
      expect(text(first, sheetPart(first, "Products"))).toMatch(/<drawing r:id="rIdDrw1"\/>/);
      expect(text(first, sheetPart(first, "Notes"))).toContain("[1]Rates!$A$1");

      // The user works on Evidence: a comment, validation, a conditional format, a hyperlink in
      // Notes, a wider first column, a status, an owner and rich text.
      const evidence = sheetPart(first, "Evidence");
      const header = new WorkbookSnapshot(openPackage(zipSync(first))).region("Evidence", {
        top: 1,
        left: 1,
        bottom: 1,
        right: 30,
      }).grid[0];
      const at = (h: string): string => letter(header.indexOf(h));
      const status = at(EVIDENCE_COLUMNS.find((c) => c.id === "status")?.header as string);
      const owner = at(EVIDENCE_COLUMNS.find((c) => c.id === "owner")?.header as string);
      const notes = at(EVIDENCE_COLUMNS.find((c) => c.id === "notes")?.header as string);
      setCells(first, evidence, {
        [`${status}2`]: '<c t="inlineStr"><is><t>In progress</t></is></c>',
        [`${owner}3`]: '<c t="inlineStr"><is><t>Dana (market access)</t></is></c>',
        [`${notes}2`]:
          '<c t="inlineStr"><is><r><rPr><b/></rPr><t>LCD</t></r><r><t xml:space="preserve"> requested 2026-05-02</t></r></is></c>',
      });
      let sheet = text(first, evidence);
      sheet = sheet.replace(
        /<col min="1" max="1"[^>]*\/>/,
        '<col min="1" max="1" width="33" customWidth="1"/>'
      );
      sheet = sheet.replace(
        "</sheetData>",
        `</sheetData><conditionalFormatting sqref="${status}2:${status}500"><cfRule type="containsText" priority="1" operator="containsText" text="Done"><formula>NOT(ISERROR(SEARCH("Done",${status}2)))</formula></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="${status}2:${status}500"><formula1>"Not started,In progress,Done"</formula1></dataValidation></dataValidations><hyperlinks><hyperlink ref="${notes}2" r:id="rIdLink1"/></hyperlinks>`
      );
      sheet = sheet.replace("<tableParts", '<legacyDrawing r:id="rIdVml1"/><tableParts');
      put(first, evidence, sheet);
      put(
        first,
        "xl/comments9.xml",
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Dana</author></authors><commentList><comment ref="A2" authorId="0"><text><t>Check with the MAC first</t></text></comment></commentList></comments>`
      );
      put(
        first,
        "xl/drawings/vmlDrawing9.vml",
        `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>1</x:Row><x:Column>0</x:Column></x:ClientData></v:shape></xml>`
      );
      addRel(first, relsOf(evidence), "rIdCm1", `${R}/comments`, "../comments9.xml");
      addRel(first, relsOf(evidence), "rIdVml1", `${R}/vmlDrawing`, "../drawings/vmlDrawing9.vml");
      addRel(
        first,
        relsOf(evidence),
        "rIdLink1",
        `${R}/hyperlink`,
        "https://www.cms.gov/medicare/coverage/determination-process",
        true
      );
      addOverride(
        first,
        "xl/comments9.xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"
      );
      if (!text(first, "[Content_Types].xml").includes('Extension="vml"'))
        put(
          first,
          "[Content_Types].xml",
          text(first, "[Content_Types].xml").replace(
            "</Types>",
            '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/></Types>'
          )
        );
      const edited = file(`rich.edited.${ext}`);
      fs.writeFileSync(edited, zipSync(first));

      const out2 = file(`rich.out2.${ext}`);
      expect(await classify(edited, out2)).toBe(0);
      const second = unzipSync(new Uint8Array(fs.readFileSync(out2))) as Files;
      const kept2 = expectKept(first, second);
      expect(kept2).toEqual(
        expect.arrayContaining([
          "xl/comments9.xml",
          "xl/drawings/vmlDrawing9.vml",
          "xl/charts/chart1.xml",
          "docMetadata/LabelInfo.xml",
        ])
      );
      checkWellFormed(second);
      const after = text(second, sheetPart(second, "Evidence"));
      expect(after).toMatch(/<conditionalFormatting sqref="[A-Z]+2:[A-Z]+500">/);
      expect(after).toMatch(/<dataValidation type="list"/);
      expect(after).toMatch(/<hyperlink ref="[A-Z]+2" r:id="rIdLink1"\/>/);
      expect(after).toMatch(/<legacyDrawing r:id="rIdVml1"\/>/);
      expect(after).toMatch(/<col min="1" max="1" width="33" customWidth="1"\/>/);
      // The rich text stays rich: the cell is the user's, untouched.
      expect(after).toContain(
        `<c r="${notes}2" t="inlineStr"><is><r><rPr><b/></rPr><t>LCD</t></r>`
      );
      const g = (await grids(out2))["Evidence (visible)"] as string[][];
      expect(
        g[1][header.indexOf(EVIDENCE_COLUMNS.find((c) => c.id === "status")?.header as string)]
      ).toBe("In progress");
      expect(
        g[2][header.indexOf(EVIDENCE_COLUMNS.find((c) => c.id === "owner")?.header as string)]
      ).toBe("Dana (market access)");
      expect(
        text(second, "[Content_Types].xml").includes(
          "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
        )
      ).toBe(macro);
    });
  }

  it("writes an .xlsx without the VBA project when an .xlsm is saved as .xlsx", async () => {
    const input = file("macro.xlsm");
    fs.writeFileSync(input, await richBook(true));
    const out = file("macro.out.xlsx");
    expect(await classify(input, out)).toBe(0);
    const files = unzipSync(new Uint8Array(fs.readFileSync(out))) as Files;
    expect(files["xl/vbaProject.bin"]).toBeUndefined();
    expect(text(files, "[Content_Types].xml")).not.toContain("macroEnabled");
    expect(text(files, "xl/_rels/workbook.xml.rels")).not.toContain("vbaProject");
    checkWellFormed(files);
  });
});

describe("classify --writer package: the same grids as the ExcelJS writer", () => {
  it("on a first run and on a re-run after the user typed a status", async () => {
    const input = file("plain.xlsx");
    fs.writeFileSync(input, await productsBook());
    const viaPackage = file("plain.pkg.xlsx");
    const viaExcel = file("plain.exceljs.xlsx");
    expect(await classify(input, viaPackage)).toBe(0);
    expect(await classify(input, viaExcel, "exceljs")).toBe(0);
    expect(await grids(viaPackage)).toEqual(await grids(viaExcel));

    // The same user edit on both outputs, then each re-run by its own writer.
    const edit = async (p: string): Promise<string> => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(p);
      const ws = wb.getWorksheet("Evidence") as ExcelJS.Worksheet;
      const col = (ws.getRow(1).values as unknown[]).indexOf(
        EVIDENCE_COLUMNS.find((c) => c.id === "status")?.header
      );
      ws.getRow(3).getCell(col).value = "Done";
      const to = p.replace(/\.xlsx$/, ".edited.xlsx");
      await wb.xlsx.writeFile(to);
      return to;
    };
    const againPackage = file("plain.pkg.again.xlsx");
    const againExcel = file("plain.exceljs.again.xlsx");
    expect(await classify(await edit(viaPackage), againPackage)).toBe(0);
    expect(await classify(await edit(viaExcel), againExcel, "exceljs")).toBe(0);
    const a = await grids(againPackage);
    expect(a).toEqual(await grids(againExcel));
    expect(JSON.stringify(a["Evidence (visible)"])).toContain('"Done"');
  });

  it("asks before overwriting a cell it did not write, as the ExcelJS writer does (exit 5, nothing written)", async () => {
    const input = file("conflict.xlsx");
    fs.writeFileSync(input, await productsBook());
    const out = file("conflict.out.xlsx");
    expect(await classify(input, out)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Products") as ExcelJS.Worksheet;
    const pathwayCol = (ws.getRow(2).values as unknown[]).indexOf("Pathway");
    ws.getRow(3).getCell(pathwayCol).value = "my own note";
    const typed = file("conflict.typed.xlsx");
    await wb.xlsx.writeFile(typed);
    const errors: string[] = [];
    jest
      .spyOn(console, "error")
      .mockImplementation((...a: unknown[]) => void errors.push(a.join(" ")));
    const again = file("conflict.again.xlsx");
    expect(await run([typed, "-o", again, "--writer", "package"])).toBe(5);
    expect(fs.existsSync(again)).toBe(false);
    expect(errors.join("\n")).toContain("my own note");
  });
});

describe("classify --writer package: hostile files are refused by the package limits", () => {
  it("refuses a zip bomb (exit 3, the ratio named) before inflating it", async () => {
    const files = unzipSync(await productsBook()) as Files;
    files["xl/bomb.xml"] = strToU8("<a>" + " ".repeat(50_000_000) + "</a>");
    const bomb = file("bomb.xlsx");
    fs.writeFileSync(bomb, zipSync(files));
    const errors: string[] = [];
    jest
      .spyOn(console, "error")
      .mockImplementation((...a: unknown[]) => void errors.push(a.join(" ")));
    expect(await run([bomb, "-o", file("bomb.out.xlsx"), "--writer", "package"])).toBe(3);
    expect(errors.join("\n")).toMatch(/xl\/bomb\.xml/);
  });

  it("refuses a sheet holding more cells than the limit while it reads it", async () => {
    const snap = WorkbookSnapshot.open(await productsBook(), { maxCells: 20 });
    expect(() => snap.region("Products")).toThrow(PackageError);
    try {
      snap.region("Products");
    } catch (e) {
      expect((e as PackageError).msgId).toBe("xlsx.limit.cells");
    }
  });
});
