import { Command, CommanderError } from 'commander';
import { registerCampaign } from './commands/campaign';
import { registerCatalog } from './commands/catalog';
import { registerCompare } from './commands/compare';
import { registerExport } from './commands/export';
import { registerImportReports } from './commands/import-reports';
import { registerImportHosts } from './commands/import-hosts';
import { registerImportStatus } from './commands/import-status';
import { registerMatrix } from './commands/matrix';
import { registerProbe } from './commands/probe';
import { registerRespond } from './commands/respond';
import { registerServe } from './commands/serve';
import { registerSchema } from './commands/schema';
import { registerSummary } from './commands/summary';
import { registerValidate } from './commands/validate';
import { Refusal } from '../../shared/api/refusal';
import { formatIssue } from '../../shared/plan';
import { EXIT, EXIT_INTERRUPTED, EXIT_OF_REFUSAL, Interrupted } from './errors';
import {
  chooseLocale,
  cliLocale,
  localeDefaultText,
  localeOption,
  say,
  sayText,
  setCliLocale,
} from './language';
import { APP_VERSION } from '../services/app-version';

// One register function per command, each in its own module.
const COMMANDS = [
  registerValidate,
  registerCatalog,
  registerMatrix,
  registerExport,
  registerImportStatus,
  registerSummary,
  registerCompare,
  registerSchema,
  registerServe,
  registerProbe,
  registerRespond,
  registerCampaign,
  registerImportReports,
  registerImportHosts,
];

export function buildProgram(): Command {
  const program = new Command('oe-ports')
    .description(
      'Output Engine Port Planner: plan, check and document the ports of a PLOSSYS Output Engine installation',
    )
    .version(APP_VERSION, '-V, --version', 'print the version of the planner')
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
  if (own) own.default(cliLocale(), localeDefaultText());
  else command.addOption(localeOption());
}

/** A refusal as the command line says it: the option it is about, its text, the plan's issues. */
function refusalText(refusal: Refusal): string {
  const field = refusal.field === undefined ? '' : `--${refusal.field}: `;
  const issues =
    refusal.issues?.map((i) => `  ${formatIssue(i, cliLocale(), refusal.document)}\n`) ?? [];
  return [`${field}${sayText(refusal.text)}\n`, ...issues].join('');
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
    if (e instanceof Refusal) {
      process.stderr.write(refusalText(e));
      return EXIT_OF_REFUSAL[e.code];
    }
    if (e instanceof Interrupted) {
      process.stderr.write(`${sayText(e.text)}\n`);
      return EXIT_INTERRUPTED;
    }
    const message = e instanceof Error ? (process.env.DEBUG ? e.stack : e.message) : String(e);
    process.stderr.write(`${say('cli.unexpected', { message: message ?? '' })}\n`);
    return EXIT.failure;
  }
}
