import type { Messages } from '../keys';
import { campaign } from './campaign';
import { catalog } from './catalog';
import { cli } from './cli';
import { documents } from './documents';
import { errors } from './errors';
import { probes } from './probes';
import { ui } from './ui';

/** Deutsche Texte, nach Bereichen. */
export const de = {
  ...catalog,
  ...documents,
  ...errors,
  ...probes,
  ...campaign,
  ...cli,
  ...ui,
} as const satisfies Messages;
