import type { Messages } from '../keys';
import { catalog } from './catalog';
import { cli } from './cli';
import { documents } from './documents';
import { errors } from './errors';
import { imports } from './imports';
import { probes } from './probes';
import { ui } from './ui';

/** Deutsche Texte, nach Bereichen. */
export const de = {
  ...catalog,
  ...documents,
  ...errors,
  ...imports,
  ...probes,
  ...cli,
  ...ui,
} as const satisfies Messages;
