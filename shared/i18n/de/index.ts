import type { Messages } from '../keys';
import { catalog } from './catalog';
import { change } from './change';
import { cli } from './cli';
import { documents } from './documents';
import { errors } from './errors';
import { probes } from './probes';
import { ui } from './ui';

/** Deutsche Texte, nach Bereichen. */
export const de = {
  ...catalog,
  ...change,
  ...documents,
  ...errors,
  ...probes,
  ...cli,
  ...ui,
} as const satisfies Messages;
