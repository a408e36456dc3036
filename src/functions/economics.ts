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

/**
 * One card's cells. A card's fields often fail for one shared reason (a code with no PFS row
 * fails its status, indicators and six RVUs with the same failure object), so the error cell
 * of the last failure is reused rather than its message rendered again for each field.
 */
class CardCells {
  private lastFailure: Failure | undefined;
  private lastCell: ErrorCell | undefined;

  cell(o: Outcome<string | number>, money = false): EntityProperty {
    if (!o.ok) {
      if (o !== this.lastFailure) {
        this.lastFailure = o;
        this.lastCell = errorCell(o);
      }
      return this.lastCell as ErrorCell;
    }
    if (typeof o.value === "number")
      return money
        ? { type: "Double", basicValue: o.value, numberFormat: MONEY_FORMAT }
        : { type: "Double", basicValue: o.value };
    return { type: "String", basicValue: o.value };
  }
}

/** Property names are the English catalogue's, whatever the display language: formulas name them. */
function name(id: string): string {
  return CATALOGUE.en[`econ.card.${id}`];
}

/** The card's fields per section, in display order; clfsRate only where the code is on the CLFS. */
const HEAD_FIELDS = ["code", "codeSystem", "descriptor"] as const;
const PFS_FIELDS = [
  "pfsStatus",
  "pcTc",
  "globalDays",
  "multipleProcedure",
  "workRvu",
  "peRvuNonFacility",
  "peRvuFacility",
  "mpRvu",
  "totalRvuNonFacility",
  "totalRvuFacility",
  "pfsNonFacility",
  "pfsFacility",
  "pfsLocality",
] as const;
const FACILITY_FIELDS = [
  "oppsStatusIndicator",
  "oppsApc",
  "oppsPayment",
  "ascIndicator",
  "ascPayment",
] as const;
type FieldId =
  | (typeof HEAD_FIELDS)[number]
  | (typeof PFS_FIELDS)[number]
  | (typeof FACILITY_FIELDS)[number]
  | "clfsRate"
  | "dataVintage";

/**
 * Each field's property name, looked up once: the English catalogue is fixed at build time, and
 * every REIMB.CODE cell names some twenty properties.
 */
let propertyNames: Record<FieldId, string> | undefined;
function names(): Record<FieldId, string> {
  if (!propertyNames) {
    const ids: FieldId[] = [
      ...HEAD_FIELDS,
      ...PFS_FIELDS,
      ...FACILITY_FIELDS,
      "clfsRate",
      "dataVintage",
    ];
    propertyNames = Object.fromEntries(ids.map((id) => [id, name(id)])) as Record<FieldId, string>;
  }
  return propertyNames;
}

type CardLayout = CodeEntity["layouts"];

/**
 * The card layout: English names and section titles only, so one frozen value per shape (with
 * or without the CLFS rate) serves every entity instead of being rebuilt per call.
 */
const LAYOUTS = new Map<boolean, CardLayout>();
function layoutOf(withClfs: boolean): CardLayout {
  let layout = LAYOUTS.get(withClfs);
  if (layout) return layout;
  const n = names();
  const section = (title: string, fields: readonly FieldId[]) =>
    Object.freeze({
      layout: "List" as const,
      title: t(`econ.card.section.${title}`, undefined, "en"),
      properties: Object.freeze(fields.map((id) => n[id])) as string[],
    });
  const other: FieldId[] = withClfs ? ["clfsRate", "dataVintage"] : ["dataVintage"];
  layout = Object.freeze({
    card: Object.freeze({
      title: Object.freeze({ property: n.code }),
      sections: Object.freeze([
        Object.freeze({
          layout: "List" as const,
          title: n.code,
          properties: Object.freeze(HEAD_FIELDS.slice(1).map((id) => n[id])) as string[],
        }),
        section("pfs", PFS_FIELDS),
        section("facility", FACILITY_FIELDS),
        section("other", other),
      ]) as CardLayout["card"]["sections"],
    }),
  });
  LAYOUTS.set(withClfs, layout);
  return layout;
}

/** A code system's English name, per system (a handful). */
const SYSTEM_NAMES = new Map<string, string>();
function systemName(kind: string): string {
  let n = SYSTEM_NAMES.get(kind);
  if (n === undefined) SYSTEM_NAMES.set(kind, (n = t(`econ.system.${kind}`, undefined, "en")));
  return n;
}

/** A PFS status's meaning per display language and status letter (a dozen letters). */
const STATUS_TEXTS = new Map<string, Map<string, string>>();
function statusText(o: Outcome<string>): Outcome<string> {
  if (!o.ok) return o;
  const locale = getLocale();
  let byStatus = STATUS_TEXTS.get(locale);
  if (!byStatus) STATUS_TEXTS.set(locale, (byStatus = new Map()));
  let text = byStatus.get(o.value);
  if (text === undefined) {
    const id = `reference.status.${o.value}`;
    const meaning = t(id);
    text = meaning === id ? t("reference.status.unknown", { status: o.value }) : meaning;
    if (byStatus.size < 256) byStatus.set(o.value, text);
  }
  return { ok: true, value: text };
}

/** The entity Excel shows for a code card. */
export function codeEntity(card: CodeCard, vintage: string): CodeEntity {
  const n = names();
  const c = new CardCells();
  const properties: Record<string, EntityProperty> = {};
  properties[n.code] = { type: "String", basicValue: card.code };
  properties[n.codeSystem] = { type: "String", basicValue: systemName(card.kind) };
  properties[n.descriptor] = c.cell(card.descriptor);
  properties[n.pfsStatus] = c.cell(statusText(card.pfsStatus));
  properties[n.pcTc] = c.cell(card.pcTc);
  properties[n.globalDays] = c.cell(card.globalDays);
  properties[n.multipleProcedure] = c.cell(card.multipleProcedure);
  properties[n.workRvu] = c.cell(card.workRvu);
  properties[n.peRvuNonFacility] = c.cell(card.peRvuNonFacility);
  properties[n.peRvuFacility] = c.cell(card.peRvuFacility);
  properties[n.mpRvu] = c.cell(card.mpRvu);
  properties[n.totalRvuNonFacility] = c.cell(card.totalRvuNonFacility);
  properties[n.totalRvuFacility] = c.cell(card.totalRvuFacility);
  properties[n.pfsNonFacility] = c.cell(card.pfsNonFacility, true);
  properties[n.pfsFacility] = c.cell(card.pfsFacility, true);
  properties[n.pfsLocality] = { type: "String", basicValue: card.pfsLocality };
  properties[n.oppsStatusIndicator] = c.cell(card.oppsStatusIndicator);
  properties[n.oppsApc] = c.cell(card.oppsApc);
  properties[n.oppsPayment] = c.cell(card.oppsPayment, true);
  properties[n.ascIndicator] = c.cell(card.ascIndicator);
  properties[n.ascPayment] = c.cell(card.ascPayment, true);
  if (card.clfsRate) properties[n.clfsRate] = c.cell(card.clfsRate, true);
  properties[n.dataVintage] = { type: "String", basicValue: vintage };
  return { type: "Entity", text: card.code, properties, layouts: layoutOf(!!card.clfsRate) };
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
  let key: string = getLocale();
  for (const p of parts) key += p === undefined ? "\u0001" : `\u0001${p}`;
  return key;
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
  // A row's cells mostly fail for one shared reason (the site's total feeds the rest): the error
  // of the last failure is reused rather than its message rendered again per cell.
  let lastFailure: Failure | undefined;
  let lastError: ExcelError | undefined;
  const value = (o: Outcome<number>): number | ExcelError => {
    if (o.ok) return o.value;
    if (o !== lastFailure || lastError === undefined) {
      const e = fromFailure(o);
      lastFailure = o;
      lastError = excelError(
        e.kind,
        t("fn.error.prefix", { fn: "SITES", message: render(e.detail) })
      );
    }
    return lastError;
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
