import type { Messages } from '../keys';
import { catalog } from './catalog';
import { cli } from './cli';
import { documents } from './documents';
import { errors } from './errors';
import { probes } from './probes';
import { temporary } from './temporary';
import { ui } from './ui';

/** Deutsche Texte, nach Bereichen. */
export const de = {
  ...catalog,
  ...documents,
  ...errors,
  ...probes,
  ...temporary,
  ...cli,
  ...ui,
} as const satisfies Messages;
