import { CLUSTER_ROWS } from './cluster';
import type { CatalogRow } from './model';
import { OUTBOUND_ROWS } from './outbound';
import { SAPWIN_ROWS } from './sapwin';
import { SINGLE_SERVER_ROWS } from './single-server';

export * from './model';
export { FEATURES, featureById, type Feature } from './features';
export { excludedBy, exclusiveClashes, toggledFeatures } from './exclusive';
export { SOURCES, sourceUrls } from './sources';
export {
  DEFAULT_PRINTER_PORTS,
  PORT_PARAMETERS,
  defaultPort,
  printedRow,
  type PrintedCatalogRow,
} from './parameters';

/** The whole catalog: the vendor's two tables, then this product's additions. */
export const CATALOG: readonly CatalogRow[] = [
  ...SINGLE_SERVER_ROWS,
  ...CLUSTER_ROWS,
  ...OUTBOUND_ROWS,
  ...SAPWIN_ROWS,
];
