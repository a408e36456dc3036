/**
 * REIMB.CODE returns Excel's entity schema: compile-time (the object types are assignable to the
 * Office.js `Excel.EntityCellValue` typings, checked by tsc here and by a TypeScript program the
 * test itself compiles), at run time (shape of every property), against CMS's files (fields equal
 * the REIMB.* lookups), and in the webpack-built functions.json (the data-type flag and an `any`
 * result, which is how Excel's metadata lets a custom function return an entity).
 */
import * as fs from "fs";
import * as path from "path";
import ts from "typescript";
import { productionBuild } from "../support/addin-build";
import * as F from "../../src/functions/functions";
import * as L from "../../src/functions/lookups";
import {
  hostShowsEntities,
  type CodeEntity,
  type EntityProperty,
} from "../../src/functions/economics";
import { isExcelError } from "../../src/functions/errors";
import { setReference } from "../../src/functions/state";
import { emptyReference } from "../../src/domain/reference/model";
import { describeWithData, loadAll } from "../data/helpers";

const ROOT = path.resolve(__dirname, "../..");

// Compile-time proof for `npx tsc`: our entity is an Excel.EntityCellValue.
const asOfficeEntity = (e: CodeEntity): Excel.EntityCellValue => e;
const asOfficeProperty = (p: EntityProperty): Excel.EntityPropertyType => p;
void asOfficeEntity;
void asOfficeProperty;

function entity(v: unknown): CodeEntity {
  if (typeof v !== "object" || v === null || (v as { type?: unknown }).type !== "Entity")
    throw new Error(`expected an entity, got ${JSON.stringify(v)}`);
  return v as CodeEntity;
}

function checkShape(e: CodeEntity): void {
  expect(typeof e.text).toBe("string");
  const names = Object.keys(e.properties);
  for (const [name, p] of Object.entries(e.properties)) {
    expect([name, p.type]).toEqual([name, expect.stringMatching(/^(String|Double|Error)$/)]);
    if (p.type === "String") expect(typeof p.basicValue).toBe("string");
    if (p.type === "Double") expect(Number.isFinite(p.basicValue)).toBe(true);
    if (p.type === "Error") {
      expect(["#N/A", "#VALUE!", "#NUM!"]).toContain(p.basicValue);
      expect(p.propertyMetadata.sublabel.length).toBeGreaterThan(10);
    }
  }
  // Every property the card lists exists, and every property is on the card once.
  const carded = e.layouts.card.sections.flatMap((s) => s.properties);
  expect([e.layouts.card.title.property, ...carded].sort()).toEqual([...names].sort());
}

describe("REIMB.CODE's entity matches the Office.js typings", () => {
  it("a TypeScript program assigning it to Excel.EntityCellValue compiles without errors", () => {
    const file = path.join(ROOT, "test/functions/codeEntity.typing.ts");
    const source = [
      'import type { CodeEntity, EntityProperty } from "../../src/functions/economics";',
      "export const e = (x: CodeEntity): Excel.EntityCellValue => x;",
      "export const p = (x: EntityProperty): Excel.EntityPropertyType => x;",
      // A wrong type must fail, or this check proves nothing.
      "// @ts-expect-error a String cell's basicValue is text",
      'export const bad: Excel.StringCellValue = { type: "String", basicValue: 1 };',
    ].join("\n");
    const host = ts.createCompilerHost({});
    const read = host.readFile.bind(host);
    host.readFile = (f) => (path.resolve(f) === file ? source : read(f));
    const exists = host.fileExists.bind(host);
    host.fileExists = (f) => path.resolve(f) === file || exists(f);
    const program = ts.createProgram(
      [file],
      {
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: ["office-js"],
        typeRoots: [path.join(ROOT, "node_modules/@types")],
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2020,
        esModuleInterop: true,
      },
      host
    );
    const errors = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file && path.resolve(d.file.fileName) === file)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(errors).toEqual([]);
  }, 120_000);

  it("without Office (Node) the host is taken to show entities; a host without ExcelApi 1.16 gets the code's text", () => {
    expect(hostShowsEntities()).toBe(true);
    const g = globalThis as { Office?: unknown };
    g.Office = { context: { requirements: { isSetSupported: () => false } } };
    try {
      expect(hostShowsEntities()).toBe(false);
    } finally {
      delete g.Office;
    }
  });
});

describeWithData("REIMB.CODE on CMS files", () => {
  beforeAll(async () => {
    setReference((await loadAll()).reference);
  }, 120_000);
  afterAll(() => setReference(emptyReference()));

  it.each(["66984", "93306", "99213", "36902", "E0601", "80053", "C1889", "0691T"])(
    "%s: a well-formed entity whose card lists every property",
    (code) => checkShape(entity(F.code(code)))
  );

  it.each(["66984", "93306", "99213", "36902"])(
    "%s: each figure equals its REIMB.* lookup",
    (code) => {
      const p = entity(F.code(code)).properties;
      const same = (name: string, expected: unknown) => {
        const prop = p[name];
        if (isExcelError(expected)) {
          expect(prop.type).toBe("Error");
          expect(prop.type === "Error" && prop.basicValue).toBe(expected.code);
        } else expect([name, prop.type !== "Error" && prop.basicValue]).toEqual([name, expected]);
      };
      same("Work RVU", L.rvuFn(code, "work"));
      same("Total RVU facility", L.rvuFn(code, "total_facility"));
      same("PFS non-facility payment", L.pfs(code));
      same("PFS facility payment", L.pfs(code, "facility"));
      same("PFS status", L.status(code));
      same("OPPS status indicator", L.oppsDetailFn(code, "si"));
      same("OPPS payment", L.opps(code));
      same("ASC payment", L.asc(code));
    }
  );

  // The card reads its six RVUs from one PFS row and both PFS amounts from one row and locality
  // lookup; each must still be what REIMB.RVU / REIMB.PFS answer, including why there is none:
  // 97545 is status R with all RVUs zero in the CY2026 PPRRVU file (contractor priced), E0601 has
  // no PFS row, 93306-26 is a professional-component row and 27447 has none, 99213 in 01112-05
  // is priced at that locality's GPCIs.
  it.each([
    ["97545", undefined],
    ["E0601", undefined],
    ["93306-26", undefined],
    ["27447-26", undefined],
    ["99213", "01112-05"],
  ])(
    "%s (locality %s): every RVU and PFS field equals its lookup, figure or reason",
    (code, loc) => {
      const p = entity(F.code(code, undefined, loc)).properties;
      const rvus: [string, string][] = [
        ["Work RVU", "work"],
        ["PE RVU non-facility", "pe"],
        ["PE RVU facility", "pe_facility"],
        ["MP RVU", "mp"],
        ["Total RVU non-facility", "total"],
        ["Total RVU facility", "total_facility"],
      ];
      const fields: [string, unknown][] = [
        ...rvus.map(([name, c]): [string, unknown] => [name, L.rvuFn(code, c)]),
        ["PFS non-facility payment", L.pfs(code, undefined, loc)],
        ["PFS facility payment", L.pfs(code, "facility", loc)],
      ];
      for (const [name, expected] of fields) {
        const prop = p[name];
        expect(prop).toBeDefined();
        if (isExcelError(expected)) {
          expect([name, prop.type === "Error" && prop.basicValue]).toEqual([name, expected.code]);
          // The lookup's message is the card's reason behind the function's name.
          const reason = prop.type === "Error" ? prop.propertyMetadata.sublabel : "";
          expect([name, expected.message?.endsWith(reason)]).toEqual([name, true]);
        } else expect([name, prop.type !== "Error" && prop.basicValue]).toEqual([name, expected]);
      }
    }
  );

  it("66984: ASC payment 1214.31 (ASC AA CY2025, indicator A2), OPPS J1 APC 5491 2280.73, CPT descriptor licensed", () => {
    const e = entity(F.code(66984));
    expect(e.text).toBe("66984");
    expect(e.properties["ASC payment"]).toEqual({
      type: "Double",
      basicValue: 1214.31,
      numberFormat: "$#,##0.00",
    });
    expect(e.properties["ASC payment indicator"]).toEqual({ type: "String", basicValue: "A2" });
    expect(e.properties["APC"]).toEqual({ type: "String", basicValue: "5491" });
    expect(e.properties["Code system"]).toEqual({ type: "String", basicValue: "CPT Category I" });
    const d = e.properties["Descriptor"];
    expect(d.type === "Error" && d.propertyMetadata.sublabel).toMatch(/licensed by the AMA/);
  });

  it("E0601: HCPCS II descriptor; PFS fields are #N/A saying why; 80053 carries its CLFS rate (10.56)", () => {
    const e = entity(F.code("E0601")).properties;
    expect(e["Descriptor"]).toEqual({
      type: "String",
      basicValue: "Continuous positive airway pressure (cpap) device",
    });
    const w = e["Work RVU"];
    expect(w.type === "Error" && w.propertyMetadata.sublabel).toMatch(
      /E0601 is not in the 2026 PFS RVU file/
    );
    expect(entity(F.code("80053")).properties["CLFS rate"]).toMatchObject({ basicValue: 10.56 });
    expect(entity(F.code("99213")).properties["CLFS rate"]).toBeUndefined();
  });

  it("a locality prices the PFS fields there: 99213 in 01112-05 → 117.58", () => {
    const e = entity(F.code("99213", undefined, "01112-05"));
    expect(e.properties["PFS non-facility payment"]).toMatchObject({ basicValue: 117.58 });
    expect(e.properties["PFS locality"]).toEqual({ type: "String", basicValue: "01112-05" });
  });

  it("bad arguments are one Excel error, never an entity", () => {
    const e = F.code("");
    expect(isExcelError(e) && e.code).toBe("#VALUE!");
    const y = F.code("66984", 1990);
    expect(isExcelError(y) && y.code).toBe("#N/A");
  });
});

describe("functions.json built by webpack", () => {
  interface Meta {
    allowCustomDataForDataTypeAny?: boolean;
    functions: { id: string; result: { type?: string; dimensionality?: string } }[];
  }
  let meta: Meta;

  beforeAll(async () => {
    // The shared production build (test/support/addin-build.ts), built once for every test that reads it.
    const build = await productionBuild();
    if (build.errors.length > 0) throw new Error(build.errors.join("\n"));
    meta = JSON.parse(fs.readFileSync(path.join(build.dir, "functions.json"), "utf8")) as Meta;
  }, 600_000);

  it("enables data types for custom functions (allowCustomDataForDataTypeAny)", () => {
    expect(meta.allowCustomDataForDataTypeAny).toBe(true);
  });

  it("CODE returns a scalar of type any (an entity); SITES spills a matrix", () => {
    const code = meta.functions.find((f) => f.id === "CODE")!;
    // The generator leaves "type" out for any, the metadata schema's default: a number or string
    // type would make Excel coerce the entity.
    expect(code.result.type ?? "any").toBe("any");
    expect(code.result.dimensionality ?? "scalar").toBe("scalar");
    expect(meta.functions.find((f) => f.id === "SITES")!.result.dimensionality).toBe("matrix");
  });
});
