import { catalog } from './catalog';
import { cli } from './cli';
import { documents } from './documents';
import { errors } from './errors';
import { probes } from './probes';
import { temporary } from './temporary';
import { ui } from './ui';

/** English texts, by area. The German areas are typed against these, so a missing key fails to compile. */
export const en = {
  ...catalog,
  ...documents,
  ...errors,
  ...probes,
  ...temporary,
  ...cli,
  ...ui,
} as const;
