/**
 * A product's site comparison for the pane, from the very domain function REIMB.SITES calls
 * (`siteComparison`, src/domain/economics/sites.ts) on the same shared reference data, so the chart
 * and the spilled cells show the same figures. Where the data is not loaded the answer says why:
 * never zeros.
 */
import { getLocale, render, type Locale, type Msg } from "../../i18n/catalogue";
import { siteComparison, type SiteComparisonRow } from "../../domain/economics/sites";
import type { Outcome } from "../../domain/economics/outcome";
import { isEmpty, type ReferenceData } from "../../domain/reference/model";
import { parseCodeArg } from "../../domain/reference/lookups";

export type SiteFigures =
  | { kind: "noData"; reason: Msg }
  | { kind: "failed"; reason: Msg }
  | { kind: "rows"; rows: SiteComparisonRow[] };

export function siteFigures(
  reference: ReferenceData,
  code: string,
  noData: Msg | undefined
): SiteFigures {
  if (isEmpty(reference)) return { kind: "noData", reason: noData ?? { id: "pane.econ.noRate" } };
  const arg = parseCodeArg(code);
  if (!arg.ok) return { kind: "failed", reason: arg.message };
  const rows = siteComparison(reference, arg.value);
  return rows.ok ? { kind: "rows", rows: rows.value } : { kind: "failed", reason: rows.message };
}

/** One bar of the chart: the parts that have a rate, and the reasons of those that do not. */
export interface SiteBar {
  site: SiteComparisonRow["site"];
  professional?: number;
  facility?: number;
  total?: number;
  /** Why a part has no figure (rendered), e.g. a code packaged under OPPS. */
  missing: string[];
}

function value(o: Outcome<number>): number | undefined {
  return o.ok ? o.value : undefined;
}

export function siteBars(
  rows: readonly SiteComparisonRow[],
  locale: Locale = getLocale()
): SiteBar[] {
  return rows.map((r) => {
    const missing: string[] = [];
    for (const o of [r.professional, r.facility, r.total]) {
      if (!o.ok) {
        const text = render(o.message, locale);
        if (!missing.includes(text)) missing.push(text);
      }
    }
    return {
      site: r.site,
      professional: value(r.professional),
      facility: value(r.facility),
      total: value(r.total),
      missing,
    };
  });
}

/** US dollars in the pane's language ("$1,234.56"; "US$1,234.56" in Chinese). */
export function usd(amount: number, locale: Locale = getLocale()): string {
  return new Intl.NumberFormat(locale === "zh-CN" ? "zh-CN" : "en-US", {
    style: "currency",
    currency: "USD",
  }).format(amount);
}
