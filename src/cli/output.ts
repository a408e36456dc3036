/** What `reimb classify` prints: `--json` (machine-readable) and `--summary` (a readable table). */
import { render, t, type Locale } from "../i18n/catalogue";
import { renderClassification } from "../domain/pathway";
import { PATHWAYS } from "../domain/pathway/types";
import { IMPLICATION_KEYS, type Report } from "../domain/report";
import { labelOf, ACTOR_PREFIXES } from "../domain/report/labels";
import { formatProblem, type RowProblem } from "../domain/rows";
import { formatAssumptionProblem } from "../domain/assumptions";
import { isoDate } from "../domain/roadmap";

function problemJson(p: RowProblem, locale: Locale) {
  return {
    rowNumber: p.rowNumber,
    column: p.columnHeader ?? null,
    columnId: p.column ?? null,
    value: p.value ?? null,
    allowed: p.allowed ?? null,
    nearest: p.nearest ?? null,
    severity: p.severity,
    id: p.id,
    message: formatProblem(p, locale),
  };
}

export function jsonReport(file: string, output: string, report: Report, locale: Locale) {
  const problemsByRow = new Map<number, RowProblem[]>();
  for (const p of report.parse.problems) {
    const list = problemsByRow.get(p.rowNumber);
    if (list) list.push(p);
    else problemsByRow.set(p.rowNumber, [p]);
  }
  return {
    file,
    output,
    summary: report.summary,
    rows: report.results.map(({ row, classification: c, checklist, strategy }) => ({
      rowNumber: row.rowNumber,
      productId: row.productId,
      product: row.product,
      siteOfCare: row.siteOfCare,
      productType: row.productType,
      classification: {
        ...renderClassification(c, locale),
        serviceCode: c.serviceCode ?? "",
        bridgeCode: c.bridgeCode ?? "",
        ids: {
          pathway: c.pathway,
          targetCodeSystem: c.targetCodeSystem,
          nextGate: c.nextGate,
          gateOwner: c.gateOwner,
          laterGates: c.laterGates,
          paymentMechanisms: c.paymentMechanisms,
          benefitCategory: c.benefitCategory.value,
          benefitCategoryInferred: c.benefitCategory.inferred,
          confidence: c.confidence,
          warnings: c.warnings.map((w) => w.code),
          rules: c.ruleIds,
        },
      },
      checklist: checklist.map((item) => item.id),
      strategy: {
        decisionChain: strategy.decisionChain.map((s) => ({
          actorId: s.actorId,
          actor: labelOf(ACTOR_PREFIXES, s.actorId, locale),
          role: render(s.role, locale),
        })),
        implications: Object.fromEntries(
          IMPLICATION_KEYS.map((k) => [k, render(strategy.implications[k], locale)])
        ),
      },
      problems: (problemsByRow.get(row.rowNumber) ?? []).map((p) => problemJson(p, locale)),
    })),
    problems: report.parse.problems.map((p) => problemJson(p, locale)),
    // The plan's inputs and where they came from (docs/features.md#assumptions).
    plan: {
      asOf: isoDate(report.asOfDay),
      asOfFrom: report.planInputs.asOfFrom,
      expectedFdaDate: report.planInputs.expectedFdaDate ?? null,
      problems: report.assumptionProblems.map((p) => ({
        table: p.table,
        sheet: p.sheet,
        rowNumber: p.rowNumber,
        columnNumber: p.columnNumber,
        key: p.key,
        label: p.label,
        value: p.value ?? null,
        severity: p.severity,
        id: p.id,
        message: formatAssumptionProblem(p, locale),
      })),
    },
  };
}

/** Display width: CJK characters take two columns in a terminal. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w +=
      /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(
        ch
      )
        ? 2
        : 1;
  return w;
}

function fit(s: string, width: number): string {
  let out = "";
  let w = 0;
  for (const ch of s) {
    const cw = displayWidth(ch);
    if (w + cw > width) {
      out = out.slice(0, -1) + "…";
      w = width;
      break;
    }
    out += ch;
    w += cw;
  }
  return out + " ".repeat(Math.max(0, width - w));
}

/** A plain-text table; columns sized to content, each capped so a line stays readable. */
export function textTable(
  headers: readonly string[],
  rows: readonly string[][],
  caps: readonly number[]
): string {
  const widths = headers.map((h, i) =>
    Math.min(caps[i] ?? 30, Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ""))))
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => fit(c, widths[i]))
      .join("  ")
      .trimEnd();
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export function summaryText(file: string, output: string, report: Report, locale: Locale): string {
  const s = report.summary;
  const lines: string[] = [];
  lines.push(
    t(
      "cli.summary.title",
      { file, rows: s.rows, classified: s.classified, problems: s.withProblems },
      locale
    )
  );
  lines.push("");
  const headers = ["id", "product", "site", "pathway", "nextGate", "owner"].map((k) =>
    t(`cli.summary.col.${k}`, undefined, locale)
  );
  const rows = report.results.map(({ row, classification }) => {
    const r = renderClassification(classification, locale);
    return [row.productId, row.product, row.siteOfCare, r.pathway, r.nextGate, r.gateOwner];
  });
  lines.push(textTable(headers, rows, [12, 34, 19, 26, 36, 30]));
  lines.push("");
  lines.push(t("cli.summary.byPathway", undefined, locale));
  for (const p of PATHWAYS)
    lines.push(
      t(
        "cli.summary.pathwayCount",
        { pathway: t(`report.pathway.${p}`, undefined, locale), count: s.byPathway[p] },
        locale
      )
    );
  const assumed = report.assumptionProblems;
  if (report.parse.problems.length + assumed.length > 0) {
    lines.push("");
    lines.push(
      t(
        "cli.classify.problemsHeader",
        { count: report.parse.problems.length + assumed.length },
        locale
      )
    );
    for (const p of report.parse.problems)
      lines.push(t("cli.summary.rowProblem", { problem: formatProblem(p, locale) }, locale));
    for (const p of assumed)
      lines.push(
        t("cli.summary.rowProblem", { problem: formatAssumptionProblem(p, locale) }, locale)
      );
  }
  lines.push("");
  lines.push(t("cli.summary.output", { file: output }, locale));
  return lines.join("\n");
}

/**
 * Text safe to print on a terminal: C0 and C1 control characters (ESC and CSI/OSC sequences that
 * clear the screen, set the window title or hide text), DEL, and the bidirectional overrides that
 * reorder what a reader sees, are shown as escapes (`\x1b`, `\u{202e}`). Line feeds and tabs stay:
 * messages are multi-line. Every human-readable line goes through this; `--json` needs nothing,
 * JSON.stringify escapes control characters itself.
 */
export function printable(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (ch) => {
      const code = ch.codePointAt(0) ?? 0;
      return code < 0x100
        ? `\\x${code.toString(16).padStart(2, "0")}`
        : `\\u{${code.toString(16)}}`;
    }
  );
}

/** Print human-readable text on stdout, escaped (see `printable`). */
export function say(text: string): void {
  console.log(printable(text));
}

/** Print human-readable text on stderr, escaped (see `printable`). */
export function warn(text: string): void {
  console.error(printable(text));
}
