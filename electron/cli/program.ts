import { Command, CommanderError } from 'commander';
import { registerCatalog } from './commands/catalog';
import { registerExport } from './commands/export';
import { registerMatrix } from './commands/matrix';
import { registerProbe } from './commands/probe';
import { registerRespond } from './commands/respond';
import { registerServe } from './commands/serve';
import { registerSchema } from './commands/schema';
import { registerValidate } from './commands/validate';
import { EXIT, UsageError } from './errors';

// One register function per command, each in its own module.
const COMMANDS = [
  registerValidate,
  registerCatalog,
  registerMatrix,
  registerExport,
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
  for (const command of program.commands) command.exitOverride();
  return program;
}

/** Run the command line; returns the exit code. User mistakes print a message, never a stack trace. */
export async function runCli(argv: readonly string[]): Promise<number> {
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
      process.stderr.write(`${(e as Error).message}. Fix: check the path.\n`);
      return EXIT.badInput;
    }
    process.stderr.write(
      `oe-ports failed unexpectedly: ${e instanceof Error ? (process.env.DEBUG ? e.stack : e.message) : String(e)}\n`,
    );
    return EXIT.failure;
  }
}
