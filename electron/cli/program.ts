import { Command, CommanderError } from 'commander';
import { registerCatalog } from './commands/catalog';
import { registerCompare } from './commands/compare';
import { registerExport } from './commands/export';
import { registerMatrix } from './commands/matrix';
import { registerProbe } from './commands/probe';
import { registerRespond } from './commands/respond';
import { registerServe } from './commands/serve';
import { registerSchema } from './commands/schema';
import { registerSummary } from './commands/summary';
import { registerValidate } from './commands/validate';
import { EXIT, UsageError } from './errors';
import { chooseLocale, cliLocale, localeOption, say, setCliLocale } from './language';

// One register function per command, each in its own module.
const COMMANDS = [
  registerValidate,
  registerCatalog,
  registerMatrix,
  registerExport,
  registerSummary,
  registerCompare,
  registerSchema,
  registerServe,
  registerProbe,
  registerRespond,
];

export function buildProgram(): Command {
  const program = new Command('oe-ports')
    .description(
      'Output Engine Port Planner: plan, check and document the ports of a PLOSSYS Output Engine installation',
    )
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)');
  for (const register of COMMANDS) register(program);
  for (const command of program.commands) {
    command.exitOverride();
    withLocale(command);
  }
  return program;
}

/** Every command takes --locale, and without it speaks the system's language. */
function withLocale(command: Command): void {
  for (const sub of command.commands) withLocale(sub);
  if (command.commands.length > 0) return;
  const own = command.options.find((o) => o.long === '--locale');
  if (own) own.default(cliLocale());
  else command.addOption(localeOption());
}

/** Run the command line; returns the exit code. User mistakes print a message, never a stack trace. */
export async function runCli(argv: readonly string[]): Promise<number> {
  setCliLocale(chooseLocale(argv, process.env));
  try {
    await buildProgram().parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Commander has printed its message already.
      return e.code === 'commander.helpDisplayed' ||
        e.code === 'commander.version' ||
        e.exitCode === 0
        ? EXIT.ok
        : EXIT.badInput;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n`);
      return e.exitCode;
    }
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'ENOTDIR') {
      process.stderr.write(`${say('cli.checkPath', { message: (e as Error).message })}\n`);
      return EXIT.badInput;
    }
    const message = e instanceof Error ? (process.env.DEBUG ? e.stack : e.message) : String(e);
    process.stderr.write(`${say('cli.unexpected', { message: message ?? '' })}\n`);
    return EXIT.failure;
  }
}
