/**
 * One option parser for every `reimb` command. Node's `util.parseArgs` was used before, twice, and
 * its error text ("Unknown option '--x'. To specify a positional argument starting with a '-',
 * place it at the end of the command after '--', as in '-- \"--x\"") reached users verbatim; this
 * parser returns what went wrong as data, so each command answers in the catalogue's words with
 * the options it allows.
 *
 * Accepted forms: `--name value`, `--name=value`, `-o value`, booleans as `--name`, `--` ends the
 * options (a file named `-x.xlsx` can follow it), a lone `-` is a positional.
 */
import { LOCALES, parseLocale, t, type Locale } from "../i18n/catalogue";

export interface OptionSpec {
  /** Long name without the dashes: `output` is `--output`. */
  name: string;
  short?: string;
  type: "string" | "boolean";
  /** What the value looks like in a message (`<out.xlsx>`); string options only. */
  value?: string;
}

export type OptionValues = Record<string, string | boolean | undefined>;

export type OptionProblem =
  | { kind: "unknown"; option: string }
  | { kind: "missingValue"; option: string }
  | { kind: "unexpectedValue"; option: string }
  | { kind: "repeated"; option: string };

export type ParsedArgs =
  { ok: true; values: OptionValues; positionals: string[] } | { ok: false; problem: OptionProblem };

export function parseCommandLine(
  argv: readonly string[],
  specs: readonly OptionSpec[]
): ParsedArgs {
  const values: OptionValues = {};
  const positionals: string[] = [];
  const byLong = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short as string, s]));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "-" || !arg.startsWith("-")) {
      positionals.push(arg);
      continue;
    }
    const long = arg.startsWith("--");
    const eq = arg.indexOf("=");
    const written = eq > 0 ? arg.slice(0, eq) : arg;
    const key = long ? written.slice(2) : written.slice(1);
    const spec = long ? byLong.get(key) : byShort.get(key);
    if (!spec) return { ok: false, problem: { kind: "unknown", option: written } };
    if (values[spec.name] !== undefined)
      return { ok: false, problem: { kind: "repeated", option: written } };
    if (spec.type === "boolean") {
      if (eq > 0) return { ok: false, problem: { kind: "unexpectedValue", option: written } };
      values[spec.name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !(argv[i + 1].startsWith("-") && argv[i + 1] !== "-"))
      value = argv[++i];
    if (value === undefined || value === "")
      return { ok: false, problem: { kind: "missingValue", option: written } };
    values[spec.name] = value;
  }
  return { ok: true, values, positionals };
}

/** `-o, --output <out.xlsx>, --json, …`: the options a command allows, for a refusal message. */
export function describeOptions(specs: readonly OptionSpec[]): string {
  return specs
    .map((s) => {
      const names = [s.short ? `-${s.short}` : "", `--${s.name}`].filter(Boolean).join(", ");
      return s.type === "string" ? `${names} ${s.value ?? "<value>"}` : names;
    })
    .join("; ");
}

/** Options every command takes. */
export const COMMON_OPTIONS: readonly OptionSpec[] = [
  { name: "data", type: "string", value: "<folder>" },
  { name: "lang", type: "string", value: "<en|zh-CN>" },
  { name: "help", short: "h", type: "boolean" },
];

export type CommandLine =
  | { ok: true; values: OptionValues; positionals: string[]; locale: Locale }
  /** `help`: print `message` on stdout and exit 0; otherwise a usage error on stderr. */
  | { ok: false; help: boolean; message: string };

/**
 * Parse a command's arguments, its language and `--help`: what every command does first. The
 * language is read before anything is refused, so the refusal is in the user's language.
 */
export function parseCommand(
  command: string,
  argv: readonly string[],
  specs: readonly OptionSpec[],
  usageId: string
): CommandLine {
  const all = [...specs, ...COMMON_OPTIONS];
  const parsed = parseCommandLine(argv, all);
  const locale = localeHint(argv) ?? "en";
  if (!parsed.ok) {
    const { kind, option } = parsed.problem;
    const message = t(
      `cli.option.${kind}`,
      { command, option, allowed: describeOptions(all) },
      locale
    );
    return { ok: false, help: false, message: `${message}\n\n${t(usageId, undefined, locale)}` };
  }
  let chosen: Locale = "en";
  const lang = parsed.values.lang;
  if (typeof lang === "string") {
    const found = parseLocale(lang);
    if (!found)
      return {
        ok: false,
        help: false,
        message: t("cli.option.badLang", { command, allowed: LOCALES.join(", "), value: lang }),
      };
    chosen = found;
  }
  if (parsed.values.help === true)
    return { ok: false, help: true, message: t(usageId, undefined, chosen) };
  return { ok: true, values: parsed.values, positionals: parsed.positionals, locale: chosen };
}

/** The `--lang` a user asked for, even when another argument is wrong. */
function localeHint(argv: readonly string[]): Locale | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--lang") return parseLocale(argv[i + 1] ?? "");
    if (a.startsWith("--lang=")) return parseLocale(a.slice("--lang=".length));
  }
  return undefined;
}
