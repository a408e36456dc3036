/**
 * `reimb classify <in.xlsx> [-o out.xlsx] [--json] [--summary] [--sheet NAME] [--as-of yyyy-mm-dd]
 * [--force] [--data DIR] [--lang en|zh-CN]`: what the pane's Classify button does, on a file. The domain
 * (buildReport) decides everything; this module only reads and writes the workbook and prints.
 */
import * as path from "path";
import type ExcelJS from "exceljs";
import { setLocale, t, type Locale } from "../i18n/catalogue";
import type { CodeReference } from "../domain/reference/port";
import { buildReport, type Report } from "../domain/report";
import { formatProblem } from "../domain/rows";
import { formatAssumptionProblem } from "../domain/assumptions";
import { locateProducts, readEvidence, readStrategy, reportNameIn } from "./locate";
import { writeReport, ConflictError } from "./write";
import { errorText } from "../domain/errors";
import { jsonReport, say, summaryText, warn } from "./output";
import { dataLine, defaultPlaces, economicsData, loadData } from "./reference";
import { checkInput, checkOutput, checkOutputName, FILE_EXIT } from "./files";
import { parseCommand, type OptionSpec } from "./options";
import { classifyThroughPackage } from "./package/run";
import { assumptionsInWorkbook } from "./assumptions";

export const EXIT = {
  ok: 0,
  rowProblems: 1,
  usage: FILE_EXIT.usage,
  inputFile: FILE_EXIT.inputFile,
  noTable: 4,
  conflicts: FILE_EXIT.needsConsent,
} as const;

const OPTIONS: readonly OptionSpec[] = [
  { name: "output", short: "o", type: "string", value: "<out.xlsx>" },
  { name: "json", type: "boolean" },
  { name: "summary", type: "boolean" },
  { name: "sheet", type: "string", value: "<name>" },
  { name: "as-of", type: "string", value: "<yyyy-mm-dd>" },
  { name: "force", type: "boolean" },
  { name: "writer", type: "string", value: "<exceljs|package>" },
];

interface Options {
  input: string;
  output: string;
  json: boolean;
  summary: boolean;
  sheet?: string;
  asOf?: string;
  force: boolean;
  data?: string;
  locale: Locale;
  /** How the workbook is read and written: ExcelJS, or the package patcher (src/cli/package). */
  writer: "exceljs" | "package";
}

/**
 * The package writer keeps every part of the workbook the add-in does not own and handles
 * 50,000 products; `--writer exceljs` is the earlier ExcelJS read/write, kept as a fallback.
 */
const DEFAULT_WRITER: Options["writer"] = "package";

type Parsed =
  { ok: true; options: Options } | { ok: false; code: number; message: string; toStdout?: boolean };

/**
 * Default output beside the input: `book.xlsx` → `book.classified.xlsx` (`.xlsm` keeps its
 * extension). Any other name gets `.xlsx`, the format written: `list.csv` → `list.classified.xlsx`
 * (the input is then refused for what it is, not the output for its name).
 */
export function defaultOutputPath(input: string): string {
  const ext = path.extname(input);
  const base = ext ? input.slice(0, -ext.length) : input;
  return `${base}.classified${/^\.xls[xm]$/i.test(ext) ? ext : ".xlsx"}`;
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
  const cl = parseCommand("classify", argv, OPTIONS, "cli.classify.usage");
  if (!cl.ok)
    return cl.help
      ? { ok: false, code: EXIT.ok, message: cl.message, toStdout: true }
      : { ok: false, code: EXIT.usage, message: cl.message };
  const { values, positionals, locale } = cl;
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
  const writer = (values.writer as string | undefined) ?? DEFAULT_WRITER;
  if (writer !== "exceljs" && writer !== "package") {
    return {
      ok: false,
      code: EXIT.usage,
      message: t("cli.classify.error.badWriter", { value: writer }, locale),
    };
  }
  const input = positionals[0];
  const output = (values.output as string | undefined) ?? defaultOutputPath(input);
  if (values.output !== undefined) {
    const named = checkOutputName("classify", output, outputExtensions(input), locale);
    if (!named.ok) return { ok: false, code: named.exit, message: named.message };
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
      data: values.data as string | undefined,
      locale,
      writer,
    },
  };
}

/**
 * Where the output may be written. The tool writes an .xlsx package, so that is the extension
 * it accepts (an .xlsm input keeps its .xlsm name by default).
 */
function outputExtensions(input: string): string[] {
  return /\.xlsm$/i.test(input) ? [".xlsx", ".xlsm"] : [".xlsx"];
}

async function readWorkbook(
  file: string,
  locale: Locale
): Promise<{ ok: true; wb: ExcelJS.Workbook } | { ok: false; message: string }> {
  // Loaded here, for `--writer exceljs` only: requiring ExcelJS costs every run ~0.5 s of CPU.
  const { Workbook } = require("exceljs") as typeof ExcelJS;
  const wb = new Workbook();
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
    (parsed.toStdout ? say : warn)(parsed.message);
    return parsed.code;
  }
  const o = parsed.options;
  setLocale(o.locale);

  const input = checkInput("classify", o.input, o.locale);
  if (!input.ok) {
    warn(input.message);
    return input.exit;
  }
  const output = checkOutput("classify", o.input, o.output, {
    force: o.force,
    extensions: outputExtensions(o.input),
    locale: o.locale,
  });
  if (!output.ok) {
    warn(output.message);
    return output.exit;
  }

  if (o.writer === "package") {
    const done = await classifyThroughPackage(o);
    return "exit" in done ? done.exit : printOutcome(o, done.report, done.dataUsed);
  }

  const read = await readWorkbook(o.input, o.locale);
  if (!read.ok) {
    warn(read.message);
    return EXIT.inputFile;
  }
  const wb = read.wb;

  const located = locateProducts(wb, o.input, o.sheet, o.locale);
  if (!located.ok) {
    warn(located.message);
    return EXIT.noTable;
  }
  const location = located.location;

  const data = await loadData(defaultPlaces(o.data), o.locale);
  if (!data.ok) {
    warn(data.message);
    return EXIT.inputFile;
  }
  // One line on stderr whatever the mode: stdout stays the report (or one JSON document).
  warn(dataLine(data.used, o.locale));
  const reference: CodeReference | undefined = data.reference;

  const report: Report = buildReport({
    grid: location.grid,
    firstRowNumber: location.firstRowNumber,
    headerRowIndex: location.headerRowIndex,
    previousEvidence: readEvidence(wb),
    previousStrategy: readStrategy(wb),
    reference,
    asOf: o.asOf,
    assumptions: assumptionsInWorkbook(wb),
    locale: o.locale,
    sheetNames: { strategy: reportNameIn(wb, "strategy", o.locale) },
  });

  try {
    const forced = writeReport(wb, location, report, {
      force: o.force,
      locale: o.locale,
      economics: economicsData(data),
    });
    if (forced > 0) warn(t("cli.classify.forced", { count: forced }, o.locale));
  } catch (err) {
    if (err instanceof ConflictError) {
      warn(errorText(err, o.locale));
      return EXIT.conflicts;
    }
    throw err;
  }

  try {
    await wb.xlsx.writeFile(o.output);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    warn(t("cli.classify.error.cannotWrite", { file: o.output, reason }, o.locale));
    return EXIT.inputFile;
  }

  return printOutcome(o, report, data.used);
}

/** What a run prints once the output is written, and its exit code (both writers). */
function printOutcome(o: Options, report: Report, dataUsed: unknown): number {
  const problems = report.parse.problems;
  const assumed = report.assumptionProblems;
  if (o.json) {
    const json = { ...jsonReport(o.input, o.output, report, o.locale), data: dataUsed };
    console.log(JSON.stringify(json, null, 2));
  }
  if (o.summary) {
    // With --json, stdout stays one JSON document; the readable table goes to stderr.
    (o.json ? warn : say)(summaryText(o.input, o.output, report, o.locale));
  }
  if (!o.json) {
    if (problems.length + assumed.length > 0 && !o.summary) {
      warn(t("cli.classify.problemsHeader", { count: problems.length + assumed.length }, o.locale));
      for (const p of problems) warn(`  ${formatProblem(p, o.locale)}`);
      for (const p of assumed) warn(`  ${formatAssumptionProblem(p, o.locale)}`);
    }
    if (!o.summary) {
      say(
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
  return problems.length + assumed.length > 0 ? EXIT.rowProblems : EXIT.ok;
}
