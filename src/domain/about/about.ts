/**
 * What the `About this model` sheet says (docs/features.md#share). The recipient of a shared
 * workbook has no add-in and no pane: this sheet is the only place they learn where the numbers come
 * from and what they do not mean. Pure: returns message references and plain values; the share
 * module renders and writes them.
 */
import { msg, type Msg } from "../../i18n/catalogue";
import {
  LATEST_YEAR,
  PARAMETERS,
  PARAMETER_YEARS,
  type Parameter,
  type ParameterName,
} from "../economics/params";
import { PATHWAYS } from "../pathway/types";
import { DATASETS, DATASET_URLS, type ModelData } from "./modelData";

/** The About sheet's English name; in the user's language: reportSheetName("about", locale). */
export const ABOUT_SHEET_NAME = "About this model";

/** One assumption row: a label (message or the user's own text), its value, and where it comes from. */
export interface AssumptionLine {
  label: Msg | string;
  value: Msg | string | number;
  /** Number format hint for the value cell. */
  format?: "usd" | "usd4" | "percent" | "text";
  source?: Msg | string;
}

export interface AboutInput {
  /** When the copy was made. Written as an ISO date (yyyy-mm-dd, UTC): unambiguous in every locale. */
  sharedOn: Date;
  /** File name of the original workbook, when known. */
  sourceName?: string;
  /** CMS data vintage the values were calculated with, e.g. "PFS CY2026 RVU26C (July)". */
  vintage?: string;
  /** Payment year of the assumptions; defaults to the latest year of the parameter table. */
  year?: number;
  /** Locality used for the figures (MAC locality name or number); national when absent. */
  locality?: string;
  /** What the workbook's REIMB cells use (see modelData): years, conversion factors, localities, datasets. */
  model?: ModelData;
  /** Further assumptions: from the host, or rows read from the workbook's Assumptions sheet. */
  extraAssumptions?: readonly AssumptionLine[];
  sheetsIncluded: readonly string[];
  /** Cells whose REIMB.* formulas became values. */
  replaced: number;
  /** REIMB.* values the pre-share check found out of date or in error, shared anyway. */
  staleCount: number;
  errorCount: number;
}

export type AboutCell = Msg | string | number;

export interface AboutRow {
  style: "title" | "heading" | "item" | "note" | "blank";
  cells: AboutCell[];
  /** Format of the second cell when it is a number. */
  format?: AssumptionLine["format"];
}

/** The published figures a REIMB model rests on, for one year (from the parameter table). */
const ASSUMPTION_PARAMETERS: ReadonlyArray<[ParameterName, AssumptionLine["format"]]> = [
  ["PFS_CF", "usd4"],
  ["PFS_CF_QP", "usd4"],
  ["OPPS_CF", "usd4"],
  ["ASC_CF", "usd4"],
  ["PART_B_DEDUCTIBLE", "usd"],
  ["COINSURANCE", "percent"],
  ["SEQUESTRATION", "percent"],
  ["OPPS_LABOR_SHARE", "percent"],
];

/** Assumption rows for a payment year: the year, the locality, and the year's conversion factors. */
export function parameterAssumptions(
  year: number = LATEST_YEAR,
  locality?: string
): AssumptionLine[] {
  const known = PARAMETER_YEARS.includes(year);
  const lines: AssumptionLine[] = [
    {
      label: msg("share.about.assumption.year"),
      value: year,
      format: "text",
      source: known
        ? undefined
        : msg("share.about.assumption.yearUnknown", { allowed: PARAMETER_YEARS.join(", ") }),
    },
    locality && locality.trim()
      ? { label: msg("share.about.assumption.locality"), value: locality.trim(), format: "text" }
      : {
          label: msg("share.about.assumption.locality"),
          value: msg("share.about.assumption.nationalValue"),
          format: "text",
          source: msg("share.about.assumption.national"),
        },
  ];
  if (!known) return lines;
  for (const [name, format] of ASSUMPTION_PARAMETERS) {
    const row = PARAMETERS.find((p: Parameter) => p.name === name && p.year === year);
    if (!row) continue;
    lines.push({
      label: msg(`share.about.param.${name}`),
      value: row.value,
      format,
      source: publicSource(row.source),
    });
  }
  return lines;
}

/** Rows stating what the model's cells use: every year with its cell count, conversion factors, localities. */
export function modelAssumptions(model: ModelData): AssumptionLine[] {
  const lines: AssumptionLine[] = [];
  // One year needs no row of its own: it is the "Payment year" above. Several years, or a year
  // no cell names, are stated with how many cells use each.
  if (model.years.length > 1 || !model.explicitYear) {
    for (const y of model.years)
      lines.push({
        label: msg("share.about.model.year"),
        value: y.value,
        format: "text",
        source: model.explicitYear
          ? msg("share.about.model.yearCells", { count: y.cells })
          : msg("share.about.model.defaultYear"),
      });
  }
  for (const cf of model.conversionFactors) {
    lines.push({
      label: msg("share.about.model.cf"),
      value: cf.value,
      format: "usd4",
      source:
        cf.name && cf.year !== undefined
          ? msg("share.about.model.cfKnown", { name: cf.name, year: cf.year, count: cf.cells })
          : msg("share.about.model.cfUnknown", { count: cf.cells }),
    });
  }
  // One locality is the "Locality" row itself; several are listed here.
  if (model.localities.length > 1)
    lines.push({
      label: msg("share.about.model.localities"),
      value: model.localities.join("; "),
      format: "text",
      source: msg("share.about.model.fromCells"),
    });
  return lines;
}

/** Parameter sources cite our internal domain notes first; the recipient needs only the public source. */
export function publicSource(source: string): string {
  return source.replace(/^(?:docs\/)?reimbursement\.md §[\d.]+:\s*/, "");
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The rows of the About sheet, top to bottom, two or three columns wide. */
export function buildAbout(input: AboutInput): AboutRow[] {
  const rows: AboutRow[] = [];
  const blank = (): void => {
    rows.push({ style: "blank", cells: [] });
  };
  rows.push({ style: "title", cells: [msg("share.about.title")] });
  rows.push({
    style: "note",
    cells: [
      input.sourceName
        ? msg("share.about.intro.named", { name: input.sourceName, date: isoDate(input.sharedOn) })
        : msg("share.about.intro", { date: isoDate(input.sharedOn) }),
    ],
  });
  blank();

  rows.push({ style: "heading", cells: [msg("share.about.section.data")] });
  rows.push({
    style: "item",
    cells: [
      msg("share.about.vintage"),
      input.vintage && input.vintage.trim()
        ? input.vintage.trim()
        : msg("share.about.vintageUnknown"),
    ],
  });
  rows.push({ style: "item", cells: [msg("share.about.sharedOn"), isoDate(input.sharedOn)] });
  rows.push({
    style: "item",
    cells: [msg("share.about.values"), msg("share.about.valuesText", { count: input.replaced })],
  });
  rows.push({ style: "item", cells: [msg("share.about.sheets"), input.sheetsIncluded.join(", ")] });
  if (input.staleCount > 0 || input.errorCount > 0) {
    rows.push({
      style: "item",
      cells: [
        msg("share.about.check"),
        msg("share.about.checkText", { stale: input.staleCount, errors: input.errorCount }),
      ],
    });
  }
  blank();

  rows.push({
    style: "heading",
    cells: [
      msg("share.about.section.assumptions"),
      msg("share.about.column.value"),
      msg("share.about.column.source"),
    ],
  });
  const assumptions = [
    ...parameterAssumptions(input.year, input.locality),
    ...(input.model ? modelAssumptions(input.model) : []),
    ...(input.extraAssumptions ?? []),
  ];
  for (const a of assumptions) {
    const cells: AboutCell[] = [a.label, a.value];
    if (a.source !== undefined) cells.push(a.source);
    rows.push({ style: "item", cells, format: a.format });
  }
  blank();

  rows.push({
    style: "heading",
    cells: [
      msg("share.about.section.sources"),
      msg("share.about.column.link"),
      msg("share.about.column.use"),
    ],
  });
  const used = new Set(input.model?.datasets ?? []);
  for (const d of DATASETS) {
    for (const url of DATASET_URLS[d])
      rows.push({
        style: "item",
        cells: [
          msg(`share.about.dataset.${d}`),
          url,
          msg(used.has(d) ? "share.about.dataset.used" : "share.about.dataset.other"),
        ],
      });
  }
  blank();

  rows.push({ style: "heading", cells: [msg("share.about.section.legend")] });
  for (const id of PATHWAYS) {
    rows.push({
      style: "item",
      cells: [msg(`report.pathway.${id}`), msg(`share.about.legend.${id}`)],
    });
  }
  blank();

  rows.push({ style: "heading", cells: [msg("share.about.section.caveats")] });
  for (const id of [
    "common.caveat.codeNotCoverage",
    "common.caveat.medicareNotCommercial",
    "share.about.caveat.fixedValues",
    "share.about.caveat.notAdvice",
  ]) {
    rows.push({ style: "note", cells: [msg(id)] });
  }
  return rows;
}
