/**
 * The low-level readers, without the CMS folder: CMS's number forms, cp1252 text, quoted fields
 * across lines, a tiny workbook built here, the bundle's NaN round trip.
 */
import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { parseAmount } from "../../src/data/numbers";
import { decodeText, parseCsv, clean } from "../../src/data/text";
import { readFirstSheet } from "../../src/data/xlsx";
import { localityKey } from "../../src/data/parsers/locality";
import { BUNDLE_FORMAT, decodeBundle, encodeBundle } from "../../src/domain/reference/bundle";
import { emptyReference } from "../../src/domain/reference/model";
import { errorText } from "../../src/domain/errors";

describe("CMS number forms", () => {
  it.each([
    ["0.575", 0.575],
    ["1", 1],
    ["00010.56", 10.56],
    ["$1,214.31", 1214.31],
    ["$30.530", 30.53],
    ["10.28%", 10.28],
    ["7.0000000000000007E-2", 0.07],
    [" 33.4009 ", 33.4009],
  ])("%s → %d", (text, value) => {
    expect(parseAmount(text)).toBeCloseTo(value, 12);
  });
  it.each([[""], [" "], ["."], ["\u00a0"]])("placeholder %j is no amount", (text) => {
    expect(parseAmount(text)).toBeUndefined();
  });
  it.each([["one"], ["1.2.3"], ["$"], ["12a"]])("%j is not a number (NaN, reported by the parser)", (text) => {
    expect(parseAmount(text)).toBeNaN();
  });
  it("any cents amount written as CMS writes it reads back exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_00 }), (cents) => {
        const dollars = cents / 100;
        const text = `$${dollars.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
        const padded = (cents / 100).toFixed(2).padStart(10, "0");
        return parseAmount(text) === dollars && parseAmount(padded) === dollars;
      }),
    );
  });
});

describe("text and CSV", () => {
  it("reads Windows-1252 (non-breaking space, curly quote) and strips a UTF-8 BOM", () => {
    expect(decodeText(Uint8Array.from([0x41, 0xa0, 0x92, 0x42]))).toBe("A\u00a0\u2019B");
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toBe("A");
  });
  it("keeps quoted commas and quoted fields spanning lines (ASC FF title), CRLF or LF", () => {
    const text = '"Addendum FF -- title\r\n (second line)",,\r\nHCPCS Code,"a, b",c\r\n0200T,,J8\n\x1a,,\n';
    const rows = parseCsv(text);
    expect(rows).toEqual([["Addendum FF -- title\n (second line)", "", ""], ["HCPCS Code", "a, b", "c"], ["0200T", "", "J8"], ["\x1a", "", ""]]);
    expect(clean(rows[3][0])).toBe("");
  });
  it("locality keys are zero-padded whichever way CMS wrote them", () => {
    expect(localityKey("2102", "1")).toBe("02102-01");
    expect(localityKey("10112 ", "00 ")).toBe("10112-00");
  });
});

describe("xlsx reader", () => {
  function workbook(sheetXml: string, shared: string[]): Uint8Array {
    const sst = `<sst>${shared.map((s) => `<si><t xml:space="preserve">${s}</t></si>`).join("")}</sst>`;
    return zipSync({
      "xl/workbook.xml": strToU8('<workbook><sheets><sheet name="DMEPOS26_Jan" sheetId="1" r:id="rId1"/></sheets></workbook>'),
      "xl/_rels/workbook.xml.rels": strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
      "xl/sharedStrings.xml": strToU8(sst),
      "xl/worksheets/sheet1.xml": strToU8(`<worksheet><sheetData>${sheetXml}</sheetData></worksheet>`),
    });
  }
  it("places shared strings, inline strings and numbers by cell reference, leaving gaps empty", () => {
    const bytes = workbook(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>R&amp;D</t></is></c></row>' +
        '<row r="3"><c r="B3"><v>2280.73</v></c><c r="D3" t="s"><v>1</v></c></row>',
      ["   A1", "x_x000D_y"],
    );
    const sheet = readFirstSheet("t.xlsx", bytes);
    expect(sheet.name).toBe("DMEPOS26_Jan");
    expect(sheet.rows).toEqual([["   A1", "", "R&D"], [], ["", "2280.73", "", "x\ry"]]);
  });
  it("rejects bytes that are not a workbook, naming the file", () => {
    const thrown = (() => {
      try {
        readFirstSheet("bad.xlsx", strToU8("PK\u0003\u0004 not really"));
      } catch (e) {
        return e;
      }
    })();
    expect(errorText(thrown, "en")).toMatch(/^bad\.xlsx: cannot be opened as an Excel workbook/);
  });
});

describe("reference bundle", () => {
  it("also loads a bundle a web server already inflated (Content-Encoding: gzip)", () => {
    const plain = strToU8(JSON.stringify({ format: 1, reference: emptyReference() }));
    expect(decodeBundle(plain)).toEqual(emptyReference());
    expect(() => decodeBundle(strToU8(JSON.stringify({ format: 99, reference: {} })))).toThrow(expect.objectContaining({ id: "error.bundleFormat", params: { found: "99", expected: BUNDLE_FORMAT } }));
  });
  it("round-trips NaN (no amount) and numbers exactly", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(Number.NaN), fc.double({ noNaN: true, noDefaultInfinity: true })), { minLength: 1, maxLength: 30 }), (rates) => {
        const ref = emptyReference();
        ref.oppsA["2025"] = { provenance: { kind: "oppsA", year: 2025, release: "January", file: "a.csv" }, key: rates.map((_, i) => String(i).padStart(4, "0")), title: rates.map(() => ""), statusIndicator: rates.map(() => "S"), weight: rates, rate: rates };
        const back = decodeBundle(encodeBundle(ref)).oppsA["2025"];
        return back.rate.every((v, i) => (Number.isNaN(rates[i]) ? Number.isNaN(v) : Object.is(v, rates[i]) || (v === 0 && rates[i] === 0)));
      }),
      { numRuns: 100 },
    );
  });
});
