/**
 * `reimb classify <in.xlsx> [-o out.xlsx] [--json] [--summary] [--sheet NAME] [--as-of yyyy-mm-dd]
 * [--force] [--lang en|zh-CN]` — W6: what the pane's Classify button does, on a file. The domain
 * (buildReport) decides everything; this module only reads and writes the workbook and prints.
 */
import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "node:util";
import ExcelJS from "exceljs";
import { LOCALES, parseLocale, setLocale, t, type Locale } from "../i18n/catalogue";
import type { CodeReference } from "../domain/reference/port";
import { buildReport, type Report } from "../domain/report";
import { formatProblem } from "../domain/rows";
import { locateProducts, readEvidence, readStrategy } from "./locate";
import { writeReport, ConflictError } from "./write";
import { jsonReport, summaryText } from "./output";
import { loadReference } from "./reference";
import { sameFile } from "./files";

export const EXIT = {
  ok: 0,
  rowProblems: 1,
  usage: 2,
  inputFile: 3,
  noTable: 4,
  conflicts: 5,
} as const;

interface Options {
  input: string;
  output: string;
  json: boolean;
  summary: boolean;
  sheet?: string;
  asOf?: string;
  force: boolean;
  locale: Locale;
}

type Parsed =
  { ok: true; options: Options } | { ok: false; code: number; message: string; toStdout?: boolean };

/** Default output beside the input: `book.xlsx` → `book.classified.xlsx`. */
export function defaultOutputPath(input: string): string {
  const ext = path.extname(input);
  const base = ext ? input.slice(0, -ext.length) : input;
  return `${base}.classified${ext || ".xlsx"}`;
}

function isValidIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
}

function parseOptions(argv: string[]): Parsed {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        output: { type: "string", short: "o" },
        json: { type: "boolean" },
        summary: { type: "boolean" },
        sheet: { type: "string" },
        "as-of": { type: "string" },
        force: { type: "boolean" },
        lang: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return {
      ok: false,
      code: EXIT.usage,
      message: `${t("cli.classify.error.badOption", { message })}\n\n${t("cli.classify.usage")}`,
    };
  }
  const lang = values.lang as string | undefined;
  let locale: Locale = "en";
  if (lang !== undefined) {
    const found = parseLocale(lang);
    if (!found)
      return {
        ok: false,
        code: EXIT.usage,
        message: t("cli.classify.error.badLang", { allowed: LOCALES.join(", "), value: lang }),
      };
    locale = found;
  }
  if (values.help)
    return {
      ok: false,
      code: EXIT.ok,
      message: t("cli.classify.usage", undefined, locale),
      toStdout: true,
    };
  if (positionals.length === 0) {
    return {
      ok: false,
      code: EXIT.usage,
      message: `${t("cli.classify.error.noInput", undefined, locale)}\n\n${t("cli.classify.usage", undefined, locale)}`,
    };
  }
  if (positionals.length > 1) {
    return {
      ok: false,
      code: EXIT.usage,
      message: t(
        "cli.classify.error.tooManyInputs",
        { count: positionals.length, files: positionals.join(", ") },
        locale
      ),
    };
  }
  const asOf = values["as-of"] as string | undefined;
  if (asOf !== undefined && !isValidIsoDate(asOf)) {
    return {
      ok: false,
      code: EXIT.usage,
      message: t("cli.classify.error.badAsOf", { value: asOf }, locale),
    };
  }
  const input = positionals[0];
  const output = (values.output as string | undefined) ?? defaultOutputPath(input);
  if (sameFile(output, input)) {
    return {
      ok: false,
      code: EXIT.usage,
      message: t("cli.classify.error.sameFile", { file: input }, locale),
    };
  }
  return {
    ok: true,
    options: {
      input,
      output,
      json: values.json === true,
      summary: values.summary === true,
      sheet: values.sheet as string | undefined,
      asOf,
      force: values.force === true,
      locale,
    },
  };
}

async function readWorkbook(
  file: string,
  locale: Locale
): Promise<{ ok: true; wb: ExcelJS.Workbook } | { ok: false; message: string }> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return { ok: false, message: t("cli.classify.error.missing", { file }, locale) };
  }
  if (!stat.isFile())
    return { ok: false, message: t("cli.classify.error.notAFile", { file }, locale) };
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (err) {
    // ExcelJS reads .xlsx/.xlsm only; an .xls or .csv gets a message saying what to give instead.
    if (!/\.xls[xm]$/i.test(file))
      return { ok: false, message: t("cli.classify.error.notXlsx", { file }, locale) };
    const reason = err instanceof Error ? err.message : String(err);
    return { ok: false, message: t("cli.classify.error.unreadable", { file, reason }, locale) };
  }
  return { ok: true, wb };
}

export async function run(argv: string[]): Promise<number> {
  const parsed = parseOptions(argv);
  if (!parsed.ok) {
    (parsed.toStdout ? console.log : console.error)(parsed.message);
    return parsed.code;
  }
  const o = parsed.options;
  setLocale(o.locale);

  const read = await readWorkbook(o.input, o.locale);
  if (!read.ok) {
    console.error(read.message);
    return EXIT.inputFile;
  }
  const wb = read.wb;

  const located = locateProducts(wb, o.input, o.sheet, o.locale);
  if (!located.ok) {
    console.error(located.message);
    return EXIT.noTable;
  }
  const location = located.location;

  const reference: CodeReference | undefined = await loadReference();

  const report: Report = buildReport({
    grid: location.grid,
    firstRowNumber: location.firstRowNumber,
    headerRowIndex: location.headerRowIndex,
    previousEvidence: readEvidence(wb),
    previousStrategy: readStrategy(wb),
    reference,
    asOf: o.asOf,
    locale: o.locale,
  });

  try {
    const forced = writeReport(wb, location, report, { force: o.force, locale: o.locale });
    if (forced > 0) console.error(t("cli.classify.forced", { count: forced }, o.locale));
  } catch (err) {
    if (err instanceof ConflictError) {
      console.error(err.message);
      return EXIT.conflicts;
    }
    throw err;
  }

  try {
    await wb.xlsx.writeFile(o.output);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    console.error(t("cli.classify.error.cannotWrite", { file: o.output, reason }, o.locale));
    return EXIT.inputFile;
  }

  const problems = report.parse.problems;
  if (o.json) {
    console.log(JSON.stringify(jsonReport(o.input, o.output, report, o.locale), null, 2));
  }
  if (o.summary) {
    // With --json, stdout stays one JSON document; the readable table goes to stderr.
    (o.json ? console.error : console.log)(summaryText(o.input, o.output, report, o.locale));
  }
  if (!o.json) {
    if (problems.length > 0 && !o.summary) {
      console.error(t("cli.classify.problemsHeader", { count: problems.length }, o.locale));
      for (const p of problems) console.error(`  ${formatProblem(p, o.locale)}`);
    }
    if (!o.summary) {
      console.log(
        t(
          "cli.classify.wrote",
          {
            file: o.output,
            classified: report.summary.classified,
            rows: report.summary.rows,
            problems: report.summary.withProblems,
          },
          o.locale
        )
      );
    }
  }
  if (reference && !o.json)
    console.error(t("cli.classify.referenceLoaded", { vintage: reference.vintage }, o.locale));
  return problems.length > 0 ? EXIT.rowProblems : EXIT.ok;
}
