/**
 * `reimb <command> …` — the command line host. Each command lives in its own module and exports
 * `run(argv): Promise<number>` (the process exit code); this file only dispatches.
 */
import * as fs from "fs";
import * as path from "path";
import { setFlagsFromString } from "v8";
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

export function runFromCommandLine(): Promise<void> {
  // A command-line run is one batch that builds a large report and drops it at exit, so memory
  // is worth more than the collector's pauses: V8 otherwise lets the old generation grow to
  // several times what is alive before collecting it (a 50,000-product re-run peaked at 2 GB of
  // resident memory with about 1 GB alive). Growing the heap by at most 20% between full
  // collections keeps the peak near what is alive, for about a second more of collection at
  // that size (docs/cli.md). Only this process entry sets it; `main` as a library does not.
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  return main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      warn(t("cli.main.unexpected", { message: err instanceof Error ? err.message : String(err) }));
      process.exitCode = 70;
    }
  );
}

if (require.main === module) void runFromCommandLine();
