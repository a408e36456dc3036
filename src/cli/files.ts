/**
 * File-system checks shared by the CLI commands, so `classify` and `share` refuse the same bad
 * input with the same words and the same exit code (docs/cli.md, "Files").
 *
 * What a readable file *is* (a workbook, an encrypted one, an .xls, a CSV, some other zip) is
 * recognised after these checks, by the workbook package reader: `checkInput` only answers "is
 * there a file we may read", the seam where that recognition plugs in is `readInput`.
 */
import * as fs from "fs";
import { openPackage, PackageError } from "../xlsx";
import * as path from "path";
import { t, type Locale } from "../i18n/catalogue";

/** Exit codes every command shares for its files (a command adds its own above these). */
export const FILE_EXIT = {
  usage: 2,
  inputFile: 3,
  /** Nothing written because it would replace a file the user may have worked in. */
  needsConsent: 5,
} as const;

export type FileCheck = { ok: true } | { ok: false; exit: number; message: string };

/**
 * Same file even through a different spelling, a symlink or a hard link: writing the output must
 * never replace the input.
 */
export function sameFile(a: string, b: string): boolean {
  const ra = path.resolve(a);
  const rb = path.resolve(b);
  if (ra === rb) return true;
  try {
    if (fs.realpathSync(ra) === fs.realpathSync(rb)) return true;
  } catch {
    // the output does not exist yet (or a folder on its way is missing): fall through
  }
  try {
    const sa = fs.statSync(ra);
    const sb = fs.statSync(rb);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false; // the output does not exist yet
  }
}

/** The input exists, is a file (not a folder) and may be read. */
export function checkInput(command: string, file: string, locale: Locale): FileCheck {
  const refuse = (id: string, params: Record<string, string> = {}): FileCheck => ({
    ok: false,
    exit: FILE_EXIT.inputFile,
    message: t(id, { command, file, ...params }, locale),
  });
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return refuse("cli.file.missing");
  }
  if (stat.isDirectory()) return refuse("cli.file.folder");
  if (!stat.isFile()) return refuse("cli.file.notRegular");
  try {
    fs.closeSync(fs.openSync(file, "r"));
  } catch (err) {
    return refuse("cli.file.unreadable", { reason: systemReason(err, locale) });
  }
  const other = OTHER_FORMATS.find((f) => f.ext.test(file));
  if (other) return refuse(other.id);
  return { ok: true };
}

/**
 * Names that say the file is another format than an .xlsx package: refused by name, with what to
 * do, before anything is read. (A file whose name says .xlsx but whose content is something else
 * is recognised by the package reader.)
 */
const OTHER_FORMATS: ReadonlyArray<{ ext: RegExp; id: string }> = [
  { ext: /\.xls$/i, id: "cli.file.xls" },
  { ext: /\.(csv|tsv|txt)$/i, id: "cli.file.csv" },
  { ext: /\.(ods|numbers|xlsb)$/i, id: "cli.file.otherSpreadsheet" },
];

/**
 * Read a checked input's bytes and make sure they are a workbook package: the package reader
 * (src/xlsx) says what a file that is not one is (encrypted, legacy .xls, CSV, a zip without a
 * workbook, over a size limit), with exit 3, the same for both commands.
 */
export function readInput(
  command: string,
  file: string,
  locale: Locale
): { ok: true; bytes: Uint8Array } | { ok: false; exit: number; message: string } {
  const checked = checkInput(command, file, locale);
  if (!checked.ok) return checked;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(fs.readFileSync(file));
  } catch (err) {
    return {
      ok: false,
      exit: FILE_EXIT.inputFile,
      message: t(
        "cli.file.unreadable",
        { command, file, reason: systemReason(err, locale) },
        locale
      ),
    };
  }
  try {
    openPackage(bytes);
  } catch (err) {
    if (!(err instanceof PackageError)) throw err;
    return {
      ok: false,
      exit: FILE_EXIT.inputFile,
      message: `reimb ${command}: ${t(err.msgId, { file, ...err.params }, locale)}`,
    };
  }
  return { ok: true, bytes };
}

/**
 * The output may be written: not the input, a file name the format it gets (an .xlsx package),
 * its folder exists, and it does not replace an existing file unless the user said so (`--force`):
 * an earlier output may hold what the user typed since (Evidence Status, Owner, Notes).
 */
export function checkOutput(
  command: string,
  input: string,
  output: string,
  options: { force: boolean; extensions: readonly string[]; locale: Locale }
): FileCheck {
  const { locale } = options;
  const usage = (id: string, params: Record<string, string> = {}): FileCheck => ({
    ok: false,
    exit: FILE_EXIT.usage,
    message: t(id, { command, file: output, input, ...params }, locale),
  });
  const named = checkOutputName(command, output, options.extensions, locale);
  if (!named.ok) return named;
  if (sameFile(output, input)) return usage("cli.file.sameFile");
  const folder = path.dirname(path.resolve(output));
  if (!isFolder(folder)) return usage("cli.file.outputFolderMissing", { folder });
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(output);
  } catch {
    stat = undefined;
  }
  if (stat?.isDirectory()) return usage("cli.file.outputIsFolder");
  if (stat && !options.force)
    return {
      ok: false,
      exit: FILE_EXIT.needsConsent,
      message: t("cli.file.outputExists", { command, file: output }, locale),
    };
  return { ok: true };
}

/**
 * The output's name says the format it gets: the commands write an Excel package, so `-o out.csv`
 * is refused (a usage error, found before any file is touched) rather than writing a workbook
 * that opens as garbage in a text editor or as a broken CSV.
 */
export function checkOutputName(
  command: string,
  output: string,
  extensions: readonly string[],
  locale: Locale
): FileCheck {
  if (extensions.includes(path.extname(output).toLowerCase())) return { ok: true };
  return {
    ok: false,
    exit: FILE_EXIT.usage,
    message: t(
      "cli.file.outputExtension",
      { command, file: output, allowed: extensions.join(", ") },
      locale
    ),
  };
}

function isFolder(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** "permission denied" rather than "EACCES: permission denied, open '/x'" (the path is named already). */
function systemReason(err: unknown, locale: Locale): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === "EACCES" || code === "EPERM")
    return t("cli.file.permissionDenied", undefined, locale);
  const message = err instanceof Error ? err.message : String(err);
  return message.replace(/^E[A-Z]+:\s*/, "").replace(/,\s*\w+\s+'[^']*'$/, "");
}
