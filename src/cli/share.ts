/**
 * `reimb share <in.xlsx> -o <out.xlsx> [--sheets A,B] [--yes] [--force] …`: the copy to send
 * to people who do not have the add-in. The share module decides; this file reads, prints the
 * pre-share check, asks (or requires --yes) when values are stale or in error, and writes.
 */
import * as fs from "fs";
import * as path from "path";
import { createInterface } from "node:readline/promises";
import { t, type Locale } from "../i18n/catalogue";
import { PARAMETER_YEARS } from "../domain/economics/params";
import {
  describeValue,
  inspectWorkbook,
  shareWorkbook,
  ShareError,
  type Inspection,
  type ShareReport,
} from "../shareCopy";
import { dataLine, defaultPlaces, loadData, type DataUsed } from "./reference";
import { checkOutput, checkOutputName, FILE_EXIT, readInput } from "./files";
import { parseCommand, type OptionSpec } from "./options";
import { say, warn } from "./output";

export const EXIT = {
  ok: 0,
  usage: FILE_EXIT.usage,
  inputFile: FILE_EXIT.inputFile,
  sheets: 4,
  /** Stale or error values without --yes, or an existing output without --force. */
  needsConfirmation: FILE_EXIT.needsConsent,
  outputFile: 6,
} as const;

/** At most this many stale/error cells are listed one by one; the rest are counted. */
const LIST_LIMIT = 20;

const OPTIONS: readonly OptionSpec[] = [
  { name: "output", short: "o", type: "string", value: "<out.xlsx>" },
  { name: "out", type: "string", value: "<out.xlsx>" },
  { name: "sheets", type: "string", value: '"<sheet>,<sheet>"' },
  { name: "yes", short: "y", type: "boolean" },
  { name: "force", type: "boolean" },
  { name: "allow-rewrite", type: "boolean" },
  { name: "json", type: "boolean" },
  { name: "vintage", type: "string", value: "<text>" },
  { name: "year", type: "string", value: "<yyyy>" },
  { name: "locality", type: "string", value: "<text>" },
];

interface Options {
  input: string;
  output: string;
  sheets?: string[];
  yes: boolean;
  force: boolean;
  /** Consent to the lossy ExcelJS rewrite when the package cannot be edited in place. */
  allowRewrite: boolean;
  json: boolean;
  vintage?: string;
  year?: number;
  locality?: string;
  data?: string;
  locale: Locale;
}

type Parsed =
  { ok: true; options: Options } | { ok: false; code: number; message: string; toStdout?: boolean };

function parseOptions(argv: string[]): Parsed {
  const cl = parseCommand("share", argv, OPTIONS, "cli.share.usage");
  if (!cl.ok)
    return cl.help
      ? { ok: false, code: EXIT.ok, message: cl.message, toStdout: true }
      : { ok: false, code: EXIT.usage, message: cl.message };
  const { values, positionals, locale } = cl;
  const input = positionals[0];
  if (!input || positionals.length > 1) {
    return {
      ok: false,
      code: EXIT.usage,
      message: `${t("share.cli.missingInput", undefined, locale)}\n\n${t("cli.share.usage", undefined, locale)}`,
    };
  }
  const output = (values.output ?? values.out) as string | undefined;
  if (!output)
    return { ok: false, code: EXIT.usage, message: t("share.cli.missingOut", undefined, locale) };
  const named = checkOutputName("share", output, [".xlsx"], locale);
  if (!named.ok) return { ok: false, code: named.exit, message: named.message };
  let year: number | undefined;
  if (values.year !== undefined) {
    year = Number(values.year);
    if (!Number.isInteger(year) || !PARAMETER_YEARS.includes(year)) {
      return {
        ok: false,
        code: EXIT.usage,
        message: t(
          "share.cli.badYear",
          { allowed: PARAMETER_YEARS.join(", "), value: String(values.year) },
          locale
        ),
      };
    }
  }
  const sheets =
    typeof values.sheets === "string"
      ? values.sheets
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean)
      : undefined;
  return {
    ok: true,
    options: {
      input,
      output,
      sheets,
      yes: values.yes === true,
      force: values.force === true,
      allowRewrite: values["allow-rewrite"] === true,
      json: values.json === true,
      vintage: values.vintage as string | undefined,
      year,
      locality: values.locality as string | undefined,
      data: values.data as string | undefined,
      locale,
    },
  };
}

/** The pre-share check as lines of text, in the user's language. */
export function checkLines(inspection: Inspection, locale: Locale): string[] {
  const lines: string[] = [];
  if (inspection.reimbCells === 0) lines.push(t("share.check.none", undefined, locale));
  else
    lines.push(
      t(
        "share.check.summary",
        { cells: inspection.reimbCells, checked: inspection.checked },
        locale
      )
    );
  if (inspection.stale.length > 0) {
    lines.push(t("share.check.staleTitle", { count: inspection.stale.length }, locale));
    for (const s of inspection.stale.slice(0, LIST_LIMIT)) {
      lines.push(
        `  ${t("share.check.stale", { sheet: s.sheet, address: s.address, cached: describeValue(s.cached), recomputed: describeValue(s.recomputed) }, locale)}`
      );
    }
    if (inspection.stale.length > LIST_LIMIT)
      lines.push(
        `  ${t("share.check.more", { count: inspection.stale.length - LIST_LIMIT }, locale)}`
      );
  }
  if (inspection.errors.length > 0) {
    lines.push(t("share.check.errorTitle", { count: inspection.errors.length }, locale));
    for (const e of inspection.errors.slice(0, LIST_LIMIT)) {
      const id = e.value ? "share.check.error" : "share.check.empty";
      lines.push(`  ${t(id, { sheet: e.sheet, address: e.address, value: e.value }, locale)}`);
    }
    if (inspection.errors.length > LIST_LIMIT)
      lines.push(
        `  ${t("share.check.more", { count: inspection.errors.length - LIST_LIMIT }, locale)}`
      );
  }
  if (inspection.stale.length > 0 || inspection.errors.length > 0)
    lines.push(t("share.check.staleHint", undefined, locale));
  return lines;
}

function doneLines(report: ShareReport, output: string, locale: Locale): string[] {
  const lines = [
    t(
      "share.done.summary",
      { replaced: report.replaced, sheets: report.sheetsIncluded.join(", ") },
      locale
    ),
  ];
  if (report.sheetsLeftOut.length > 0)
    lines.push(t("share.done.leftOut", { sheets: report.sheetsLeftOut.join(", ") }, locale));
  if (report.frozenForLeftOutSheets > 0)
    lines.push(t("share.done.frozen", { count: report.frozenForLeftOutSheets }, locale));
  if (report.addinPartsLeftOut.length > 0)
    lines.push(t("share.done.addinParts", { count: report.addinPartsLeftOut.length }, locale));
  if (report.namesRemoved.length > 0)
    lines.push(t("share.done.names", { names: report.namesRemoved.join(", ") }, locale));
  if (report.macrosLeftOut) lines.push(t("share.done.macros", undefined, locale));
  for (const lost of report.lost) lines.push(t(`share.check.lost.${lost}`, undefined, locale));
  lines.push(t("share.cli.written", { file: output }, locale));
  return lines;
}

async function confirm(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await rl.question(`${question} [y/N] `);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}

export async function run(argv: string[]): Promise<number> {
  const parsed = parseOptions(argv);
  if (!parsed.ok) {
    (parsed.toStdout ? say : warn)(parsed.message);
    return parsed.code;
  }
  const o = parsed.options;
  const read = readInput("share", o.input, o.locale);
  if (!read.ok) {
    warn(read.message);
    return read.exit;
  }
  const writable = checkOutput("share", o.input, o.output, {
    force: o.force,
    extensions: [".xlsx"],
    locale: o.locale,
  });
  if (!writable.ok) {
    warn(writable.message);
    return writable.exit;
  }
  const bytes = read.bytes;
  try {
    const inspection = await inspectWorkbook(bytes);
    const problems = inspection.stale.length + inspection.errors.length;
    if (!o.json) for (const line of checkLines(inspection, o.locale)) say(line);
    if (problems > 0 && !o.yes) {
      const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true && !o.json;
      if (!interactive || !(await confirm(t("share.pane.shareAnyway", undefined, o.locale)))) {
        if (o.json) console.log(JSON.stringify({ written: false, inspection }, null, 2));
        warn(t("share.cli.needYes", undefined, o.locale));
        return EXIT.needsConfirmation;
      }
    }
    // The data is only read for the vintage the About sheet states; --vintage states it instead.
    let data: DataUsed;
    let vintage = o.vintage;
    if (o.vintage === undefined) {
      const loaded = await loadData(defaultPlaces(o.data), o.locale);
      if (!loaded.ok) {
        warn(loaded.message);
        return EXIT.inputFile;
      }
      data = loaded.used;
      vintage = loaded.reference?.vintage;
      warn(dataLine(data, o.locale));
    } else {
      const reason = t("cli.data.vintageGiven", undefined, o.locale);
      data = { source: "none", datasets: [], rejected: [], reason };
      warn(dataLine(data, o.locale));
    }
    const result = await shareWorkbook(bytes, {
      now: new Date(),
      includeSheets: o.sheets,
      vintage,
      year: o.year,
      locality: o.locality,
      locale: o.locale,
      sourceName: path.basename(o.input),
      allowLossyRewrite: o.allowRewrite,
    });
    try {
      fs.writeFileSync(o.output, result.bytes);
    } catch (err) {
      warn(
        t(
          "share.cli.writeFailed",
          { file: o.output, detail: err instanceof Error ? err.message : String(err) },
          o.locale
        )
      );
      return EXIT.outputFile;
    }
    if (o.json)
      console.log(
        JSON.stringify(
          { written: true, output: o.output, inspection, report: result.report, data },
          null,
          2
        )
      );
    else for (const line of doneLines(result.report, o.output, o.locale)) say(line);
    return EXIT.ok;
  } catch (err) {
    if (err instanceof ShareError) {
      warn(`reimb share: ${t(err.msgId, err.params, o.locale)}`);
      return err.msgId === "share.error.notWorkbook" || err.msgId.startsWith("xlsx.")
        ? EXIT.inputFile
        : EXIT.sheets;
    }
    throw err;
  }
}
