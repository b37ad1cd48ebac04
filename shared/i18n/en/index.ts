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

/** English texts, by area. The German areas are typed against these, so a missing key fails to compile. */
export const en = {
  ...catalog,
  ...documents,
  ...errors,
  ...firewalls,
  ...probes,
  ...report,
  ...coverage,
  ...campaign,
  ...imports,
  ...cli,
  ...ui,
  ...wizard,
  ...change,
  ...temporary,
} as const;
