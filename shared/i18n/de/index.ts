import type { Messages } from '../keys';
import { catalog } from './catalog';
import { cli } from './cli';
import { documents } from './documents';
import { errors } from './errors';
import { probes } from './probes';
import { ui } from './ui';
import { wizard } from './wizard';

/** Deutsche Texte, nach Bereichen. */
export const de = {
  ...catalog,
  ...documents,
  ...errors,
  ...probes,
  ...cli,
  ...ui,
  ...wizard,
} as const satisfies Messages;
