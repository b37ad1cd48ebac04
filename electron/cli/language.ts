import { Option } from 'commander';
import {
  LOCALES,
  localeOf,
  textIn,
  translator,
  type Locale,
  type MessageKey,
  type Text,
} from '../../shared/i18n';

let current: Locale = 'en';
let system: Locale = 'en';

/** The system's language: LC_ALL, LC_MESSAGES, LANG, the first one set. */
export const systemLocale = (env: NodeJS.ProcessEnv): Locale =>
  localeOf(env.LC_ALL || env.LC_MESSAGES || env.LANG);

/**
 * The language of this run: --locale when given (read before commander parses, so that even a bad
 * option value is refused in it), else the system's: LC_ALL, LC_MESSAGES, LANG, the first one set.
 */
export function chooseLocale(argv: readonly string[], env: NodeJS.ProcessEnv): Locale {
  const at = argv.findIndex((a) => a === '--locale' || a.startsWith('--locale='));
  const given = at < 0 ? undefined : (argv[at]!.split('=')[1] ?? argv[at + 1]);
  system = systemLocale(env);
  if (given && (LOCALES as readonly string[]).includes(given)) return given as Locale;
  return system;
}

export function setCliLocale(locale: Locale): void {
  current = locale;
}

/** What the help says --locale defaults to: the system's language, and which one that is here. */
export const localeDefaultText = (): string =>
  `the system’s language (LC_ALL, LC_MESSAGES, LANG), here "${system}"`;

export const cliLocale = (): Locale => current;

/** A message of the command line in this run's language. */
export const say = (key: MessageKey, vars: Record<string, string | number> = {}): string =>
  translator(current)(key, vars);

/** A text of the Node side (an error, a probe's detail) in this run's language. */
export const sayText = (said: Text): string => textIn(current, said);

/** The --locale option every command takes; commander's own help and usage errors stay English. */
export const localeOption = (): Option =>
  new Option('--locale <locale>', 'language of messages and output')
    .choices(LOCALES)
    .default(current, localeDefaultText());
