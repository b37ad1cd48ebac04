import type { Messages } from '../keys';
import { campaign } from './campaign';
import { catalog } from './catalog';
import { change } from './change';
import { cli } from './cli';
import { coverage } from './coverage';
import { documents } from './documents';
import { errors } from './errors';
import { firewalls } from './firewalls';
import { imports } from './imports';
import { probes } from './probes';
import { report } from './report';
import { temporary } from './temporary';
import { ui } from './ui';
import { wizard } from './wizard';

/** Deutsche Texte, nach Bereichen. */
export const de = {
  ...catalog,
  ...change,
  ...documents,
  ...errors,
  ...firewalls,
  ...imports,
  ...probes,
  ...report,
  ...coverage,
  ...campaign,
  ...temporary,
  ...cli,
  ...ui,
  ...wizard,
} as const satisfies Messages;
