/**
 * REIMB.CODE (a code as an Excel entity value) and REIMB.SITES (site comparison that spills) over
 * the loaded CMS data. Thin: read arguments, ask src/domain/economics/sites, translate outcomes into
 * Excel cell values. A field or cell with no figure is an Excel error carrying the reason, never a
 * blank: an entity property as a typed Error cell with the reason as its card sublabel (Excel's
 * data-type error cells have no message field), a spilled cell as a CustomFunctions.Error.
 */
import { CATALOGUE, getLocale, render, t } from "../i18n/catalogue";
import type { Failure, Outcome } from "../domain/economics/outcome";
import { notAvailable } from "../domain/economics/outcome";
import {
  codeCard,
  siteComparison,
  type CodeCard,
  type SiteComparisonRow,
} from "../domain/economics/sites";
import type { ReferenceData } from "../domain/reference/model";
import { getReference, getVintage, noDataMessage } from "./state";
import { callFunction, excelError, fromFailure, unwrap, type ExcelError } from "./errors";
import { optionalFlag, optionalNumber, optionalYear } from "./args";
import { codeArg, localityArg } from "./referenceArgs";

// --- Excel's entity schema (Office.js Excel.EntityCellValue), restated so this module needs no
// Office global; test/functions/codeEntity.test.ts checks it is assignable to the Office typings.

export interface StringCell {
  type: "String";
  basicValue: string;
}
export interface DoubleCell {
  type: "Double";
  basicValue: number;
  numberFormat?: string;
}
/** The error's reason travels as the card's sublabel: Excel's error cells have no message field. */
export type ErrorCell = { type: "Error"; propertyMetadata: { sublabel: string } } & (
  | { basicValue: "#N/A"; errorType: "NotAvailable" }
  | { basicValue: "#VALUE!"; errorType: "Value" }
  | { basicValue: "#NUM!"; errorType: "Num" }
);
export type EntityProperty = StringCell | DoubleCell | ErrorCell;
export interface CodeEntity {
  type: "Entity";
  text: string;
  properties: Record<string, EntityProperty>;
  layouts: {
    card: {
      title: { property: string };
      sections: { layout: "List"; title: string; properties: string[] }[];
    };
  };
}

function requireData(): void {
  const why = noDataMessage();
  if (why) unwrap(notAvailable("reference.na.noneLoaded", { reason: render(why) }));
}

function errorCell(failure: Failure): ErrorCell {
  const propertyMetadata = { sublabel: render(failure.message) };
  switch (failure.kind) {
    case "not-available":
      return { type: "Error", basicValue: "#N/A", errorType: "NotAvailable", propertyMetadata };
    case "invalid-value":
      return { type: "Error", basicValue: "#VALUE!", errorType: "Value", propertyMetadata };
    case "invalid-number":
      return { type: "Error", basicValue: "#NUM!", errorType: "Num", propertyMetadata };
  }
}

const MONEY_FORMAT = "$#,##0.00";

function cell(o: Outcome<string | number>, money = false): EntityProperty {
  if (!o.ok) return errorCell(o);
  if (typeof o.value === "number")
    return money
      ? { type: "Double", basicValue: o.value, numberFormat: MONEY_FORMAT }
      : { type: "Double", basicValue: o.value };
  return { type: "String", basicValue: o.value };
}

/** Property names are the English catalogue's, whatever the display language: formulas name them. */
function name(id: string): string {
  let n = PROPERTY_NAMES.get(id);
  if (n === undefined) PROPERTY_NAMES.set(id, (n = CATALOGUE.en[`econ.card.${id}`]));
  return n;
}

/**
 * Card field id → its property name: the English catalogue is fixed at build time, and every
 * REIMB.CODE cell names some twenty properties, so each name is looked up once.
 */
const PROPERTY_NAMES = new Map<string, string>();

function statusText(o: Outcome<string>): Outcome<string> {
  if (!o.ok) return o;
  const id = `reference.status.${o.value}`;
  const text = t(id);
  return {
    ok: true,
    value: text === id ? t("reference.status.unknown", { status: o.value }) : text,
  };
}

/** The entity Excel shows for a code card. */
export function codeEntity(card: CodeCard, vintage: string): CodeEntity {
  const str = (value: string): StringCell => ({ type: "String", basicValue: value });
  const pfs: [string, EntityProperty][] = [
    ["pfsStatus", cell(statusText(card.pfsStatus))],
    ["pcTc", cell(card.pcTc)],
    ["globalDays", cell(card.globalDays)],
    ["multipleProcedure", cell(card.multipleProcedure)],
    ["workRvu", cell(card.workRvu)],
    ["peRvuNonFacility", cell(card.peRvuNonFacility)],
    ["peRvuFacility", cell(card.peRvuFacility)],
    ["mpRvu", cell(card.mpRvu)],
    ["totalRvuNonFacility", cell(card.totalRvuNonFacility)],
    ["totalRvuFacility", cell(card.totalRvuFacility)],
    ["pfsNonFacility", cell(card.pfsNonFacility, true)],
    ["pfsFacility", cell(card.pfsFacility, true)],
    ["pfsLocality", str(card.pfsLocality)],
  ];
  const facility: [string, EntityProperty][] = [
    ["oppsStatusIndicator", cell(card.oppsStatusIndicator)],
    ["oppsApc", cell(card.oppsApc)],
    ["oppsPayment", cell(card.oppsPayment, true)],
    ["ascIndicator", cell(card.ascIndicator)],
    ["ascPayment", cell(card.ascPayment, true)],
  ];
  const other: [string, EntityProperty][] = [
    ...(card.clfsRate ? [["clfsRate", cell(card.clfsRate, true)] as [string, EntityProperty]] : []),
    ["dataVintage", str(vintage)],
  ];
  const head: [string, EntityProperty][] = [
    ["code", str(card.code)],
    ["codeSystem", str(t(`econ.system.${card.kind}`, undefined, "en"))],
    ["descriptor", cell(card.descriptor)],
  ];
  const properties: Record<string, EntityProperty> = {};
  for (const [id, value] of [...head, ...pfs, ...facility, ...other]) properties[name(id)] = value;
  const section = (title: string, fields: [string, EntityProperty][]) => ({
    layout: "List" as const,
    title: t(`econ.card.section.${title}`, undefined, "en"),
    properties: fields.map(([id]) => name(id)),
  });
  return {
    type: "Entity",
    text: card.code,
    properties,
    layouts: {
      card: {
        title: { property: name("code") },
        sections: [
          {
            layout: "List",
            title: name("code"),
            properties: head.slice(1).map(([id]) => name(id)),
          },
          section("pfs", pfs),
          section("facility", facility),
          section("other", other),
        ],
      },
    },
  };
}

interface OfficeRequirements {
  Office?: {
    context?: { requirements?: { isSetSupported?: (set: string, v: string) => boolean } };
  };
}

/**
 * Whether the host renders entity values. Entity results from custom functions need ExcelApi 1.16
 * (Microsoft's data-types documentation). Where Office's requirement check is reachable and says
 * no, the cell gets the code's text instead; where it is not reachable (Node, the bench), the
 * entity is returned, as hosts that load this add-in's functions metadata accept it.
 */
export function hostShowsEntities(): boolean {
  const check = (globalThis as OfficeRequirements).Office?.context?.requirements?.isSetSupported;
  if (typeof check !== "function") return true;
  try {
    return check("ExcelApi", "1.16");
  } catch {
    return true;
  }
}

export function codeValue(
  code: unknown,
  year?: unknown,
  locality?: unknown
): CodeEntity | string | ExcelError {
  return callFunction("CODE", () => {
    const arg = codeArg(code);
    const y = optionalYear(year);
    const loc = localityArg(locality);
    requireData();
    const ref = getReference();
    const key = answerKey(arg.modifier ? `${arg.code}-${arg.modifier}` : arg.code, y, loc);
    const entity = answersOf(ref).entities.get(key, () =>
      codeEntity(unwrap(codeCard(ref, arg, { year: y, locality: loc })), getVintage().label)
    );
    return hostShowsEntities() ? entity : entity.text;
  });
}

/**
 * What REIMB.CODE and REIMB.SITES answered, per loaded reference: a sheet recalculates the same
 * codes again and again, and an answer is built from a dozen lookups and as many messages. An
 * answer depends only on the reference, its arguments and the display language (all in the key),
 * so a repeat is the same value. Weak on the reference: a new reference starts empty and the old
 * answers go with the old data. A failure of the whole call is not kept (it is returned as an
 * error before anything is stored).
 */
interface Answers {
  entities: Repeats<CodeEntity>;
  sites: Repeats<Array<Array<string | number | ExcelError>>>;
}
const ANSWERS = new WeakMap<ReferenceData, Answers>();

function answersOf(ref: ReferenceData): Answers {
  let a = ANSWERS.get(ref);
  if (!a) ANSWERS.set(ref, (a = { entities: new Repeats(), sites: new Repeats() }));
  return a;
}

/**
 * Keeps an answer from its second ask on, up to `max` answers, and then keeps those: a column of
 * thousands of distinct codes asked once keeps nothing. Measured (bench/economics.bench.ts):
 * keeping every answer in a cache cleared when full made each such call ~30 µs dearer, as the
 * kept cards outlived the young generation and every full collection re-marked the reference.
 */
class Repeats<V> {
  private readonly seen = new Set<string>();
  private readonly kept = new Map<string, V>();

  constructor(private readonly max = 2000) {}

  get(key: string, compute: () => V): V {
    const hit = this.kept.get(key);
    if (hit !== undefined) return hit;
    const value = compute();
    if (this.seen.has(key)) {
      if (this.kept.size < this.max) this.kept.set(key, value);
    } else if (this.seen.size < this.max * 8) this.seen.add(key);
    return value;
  }
}

/** The display language and the arguments, separated by a character no cell text holds. */
function answerKey(...parts: (string | number | boolean | undefined)[]): string {
  return `${getLocale()}\u0001${parts.map((p) => (p === undefined ? "" : String(p))).join("\u0001")}`;
}

const SITE_COLUMNS = ["site", "professional", "facility", "total", "program", "patient", "margin"];

/** The site comparison as rows; an error in one cell stays in that cell. */
export function sitesRows(
  code: unknown,
  locality?: unknown,
  year?: unknown,
  deviceCost?: unknown,
  headers?: unknown
): Array<Array<string | number | ExcelError>> {
  const result = callFunction("SITES", () => {
    const arg = codeArg(code);
    const loc = localityArg(locality);
    const y = optionalYear(year);
    const device = optionalNumber(deviceCost, "device_cost");
    const withHeaders = optionalFlag(headers, "headers") ?? false;
    requireData();
    const ref = getReference();
    const key = answerKey(
      arg.modifier ? `${arg.code}-${arg.modifier}` : arg.code,
      loc,
      y,
      device,
      withHeaders
    );
    return answersOf(ref).sites.get(key, () =>
      siteCells(
        unwrap(siteComparison(ref, arg, { locality: loc, year: y, deviceCost: device })),
        withHeaders
      )
    );
  });
  // A matrix function reports a whole-call error as a 1×1 matrix holding it.
  return Array.isArray(result) ? result : [[result]];
}

/** The rows as cells: an error in one cell stays in that cell. */
function siteCells(
  rows: SiteComparisonRow[],
  withHeaders: boolean
): Array<Array<string | number | ExcelError>> {
  const value = (o: Outcome<number>): number | ExcelError => {
    if (o.ok) return o.value;
    const e = fromFailure(o);
    return excelError(e.kind, t("fn.error.prefix", { fn: "SITES", message: render(e.detail) }));
  };
  const body = rows.map((r) => [
    t(`econ.site.${r.site}`),
    value(r.professional),
    value(r.facility),
    value(r.total),
    value(r.programPayment),
    value(r.patientShare),
    value(r.margin),
  ]);
  return withHeaders ? [SITE_COLUMNS.map((c) => t(`econ.sites.head.${c}`)), ...body] : body;
}
