import { catalog } from './catalog';
import { change } from './change';
import { cli } from './cli';
import { documents } from './documents';
import { errors } from './errors';
import { probes } from './probes';
import { ui } from './ui';

/** English texts, by area. The German areas are typed against these, so a missing key fails to compile. */
export const en = {
  ...catalog,
  ...change,
  ...documents,
  ...errors,
  ...probes,
  ...cli,
  ...ui,
} as const;
