// Command-line options for the scripts: node's parseArgs, with `--help` and a one-line message (and the
// usage) for an unknown or malformed option instead of a stack trace.
import { type ParseArgsConfig, parseArgs } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** One line per option: `--name VALUE  (default …)`, from the same declaration parseArgs reads. */
export function usageText(command: string, summary: string, options: Options): string {
  const lines = Object.entries(options).map(([name, option]) => {
    const flag = option.type === "string" ? `--${name} VALUE` : `--${name}`;
    const fallback =
      option.default === undefined || option.default === false ? "" : `(default ${option.default})`;
    return `  ${flag.padEnd(32)} ${fallback}`.trimEnd();
  });
  const invocation = command.includes("/") ? `node ${command}` : `npm run ${command} --`;
  return [`usage: ${invocation} [options]`, summary, "", "options:", ...lines, "  --help"].join("\n");
}

export type ParsedArgs<T extends Options> = ReturnType<
  typeof parseArgs<{ options: T; allowPositionals: false }>
>;

export type ArgsOutcome<T extends Options> =
  | { kind: "parsed"; args: ParsedArgs<T> }
  | { kind: "help"; text: string }
  | { kind: "error"; text: string };

/** Parses `argv`; `--help` or a mistake comes back as text to print, never as a thrown error. */
export function readArgs<T extends Options>(
  command: string,
  summary: string,
  options: T,
  argv: string[],
): ArgsOutcome<T> {
  const usage = usageText(command, summary, options);
  if (argv.includes("--help") || argv.includes("-h")) return { kind: "help", text: usage };
  try {
    return { kind: "parsed", args: parseArgs({ args: argv, options, allowPositionals: false }) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind: "error", text: `${command}: ${message}\n\n${usage}` };
  }
}

/** readArgs over this process's arguments: prints the help (exit 0) or the mistake (exit 2) and stops. */
export function commandArgs<T extends Options>(command: string, summary: string, options: T): ParsedArgs<T> {
  const outcome = readArgs(command, summary, options, process.argv.slice(2));
  if (outcome.kind === "parsed") return outcome.args;
  if (outcome.kind === "help") {
    console.log(outcome.text);
    process.exit(0);
  }
  console.error(outcome.text);
  process.exit(2);
}
