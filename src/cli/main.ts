/**
 * `reimb <command> …` — the command line host. Each command lives in its own module and exports
 * `run(argv): Promise<number>` (the process exit code); this file only dispatches.
 */
import * as fs from "fs";
import * as path from "path";
import { setFlagsFromString } from "v8";
import { ReimbError } from "../domain/errors";
import { t } from "../i18n/catalogue";
import { say, warn } from "./output";

type CommandModule = { run(argv: string[]): Promise<number> };

// Each command's module is loaded when that command runs: `reimb classify` does not pay for
// `share` (which loads ExcelJS, ~0.5 s of CPU). require(), not import(): under tsx's CommonJS
// hook a dynamic import() of an extension-less path fails.
const COMMANDS: Record<string, () => CommandModule> = {
  classify: () => require("./classify") as CommandModule,
  share: () => require("./share") as CommandModule,
};

function usage(): string {
  return t("cli.main.usage");
}

/** The package's version (package.json beside src/), as `reimb --version` prints it. */
export function version(): string {
  const file = path.resolve(__dirname, "../../package.json");
  const pkg = JSON.parse(fs.readFileSync(file, "utf8")) as { version?: unknown };
  return typeof pkg.version === "string" ? pkg.version : "unknown";
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h") {
    (command ? say : warn)(usage());
    return command ? 0 : 2;
  }
  if (command === "--version" || command === "-v" || command === "-V") {
    say(t("cli.main.version", { version: version() }));
    return 0;
  }
  const load = Object.prototype.hasOwnProperty.call(COMMANDS, command)
    ? COMMANDS[command]
    : undefined;
  if (!load) {
    const id = command.startsWith("-") ? "cli.main.unknownOption" : "cli.main.unknownCommand";
    warn(`${t(id, { command, commands: Object.keys(COMMANDS).join(", ") })}\n\n${usage()}`);
    return 2;
  }
  return load().run(rest);
}

/**
 * Run with the process's arguments and set its exit code. Called by bin/reimb.js: however the
 * command was started (`node bin/reimb.js`, `npx reimb`, an npm-installed `reimb` link), the
 * entry point is explicit, never guessed from argv[1].
 */
const HEAP_GROWING_PERCENT = 20;
/** A workbook file this large holds a previous large output (a 50,000-product one is ~58 MB). */
const LARGE_INPUT_BYTES = 16 * 1_048_576;

/**
 * How much the old generation may grow between full collections, for this run's input. A re-run
 * on a large output reads its Evidence, Strategy and record sheets back whole while it builds the
 * new ones, and V8 otherwise lets the old generation grow to several times what is alive before
 * collecting it (a 50,000-product re-run peaked at 2 GB resident with about 1 GB alive): there
 * memory is worth more than the collector's pauses, and growth is held to 20% (docs/cli.md). A
 * smaller input to `reimb classify` (a Products table of 50,000 rows is ~3 MB) keeps V8's own
 * policy: for a first run the 20% cap cost a fifth more CPU (50,000 products: 38 s against 31 s)
 * for 8% less memory.
 */
function tuneCollector(argv: readonly string[]): void {
  let largest = 0;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    // The output is written, not read (an old large output there changes nothing).
    if (/^(-o|--output)$/.test(argv[i - 1] ?? "") || /^--output=/.test(arg)) continue;
    if (!/\.xls[xm]$/i.test(arg)) continue;
    try {
      largest = Math.max(largest, fs.statSync(arg).size);
    } catch {
      // Not a file (yet): the command reports it.
    }
  }
  // `share` keeps the cap whatever the size: making the copy of a 100,000-formula workbook
  // (4.7 MB) peaked at 2 GB without it, 1.1 GB with it (bench/xlsx.bench.ts).
  if (argv[0] !== "classify" || largest >= LARGE_INPUT_BYTES)
    setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

export function runFromCommandLine(): Promise<void> {
  // Only this process entry tunes the collector; `main` as a library does not.
  tuneCollector(process.argv.slice(2));
  return main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      // One of ours (a catalogue id) is said in the user's words, not as its id.
      const message =
        err instanceof ReimbError
          ? t(err.id, err.params)
          : err instanceof Error
            ? err.message
            : String(err);
      warn(t("cli.main.unexpected", { message }));
      process.exitCode = 70;
    }
  );
}

if (require.main === module) void runFromCommandLine();
