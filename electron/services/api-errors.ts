import { ApiFailure } from '../../shared/api/contract';
import { PlanNotFound } from './store';

/** The store's "no such plan" is the API's not-found; everything else passes unchanged. */
export async function mapped<T>(run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof PlanNotFound) throw new ApiFailure('not-found', e.text);
    throw e;
  }
}
