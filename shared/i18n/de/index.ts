import type { Messages } from '../keys';
import { catalog } from './catalog';
import { cli } from './cli';
import { coverage } from './coverage';
import { documents } from './documents';
import { errors } from './errors';
import { firewalls } from './firewalls';
import { probes } from './probes';
import { report } from './report';
import { ui } from './ui';

/** Deutsche Texte, nach Bereichen. */
export const de = {
  ...catalog,
  ...documents,
  ...errors,
  ...firewalls,
  ...probes,
  ...report,
  ...coverage,
  ...cli,
  ...ui,
} as const satisfies Messages;
