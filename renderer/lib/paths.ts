import type { Plan } from '../../shared/plan';
import { describePath as describePathIn } from '../../shared/plan/paths';
import { language } from './i18n.svelte';

/** A field path as a technician reads it: "nodes[1].address" → "OE node 2 › IP address". */
export const describePath = (path: string, plan?: Plan): string =>
  describePathIn(language.locale, path, plan);

/** For issues of a file that is not open (an import): no names to look up. */
export const describePathPlain = (path: string) => describePath(path);
