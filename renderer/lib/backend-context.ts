import { getContext, setContext } from 'svelte';
import type { Client } from '../../shared/api/contract';

/** The API client and where it runs: a step that saves files needs both (a native dialog or a download). */
export interface BackendContext {
  client: Client;
  mode: 'desktop' | 'browser';
}

const KEY = Symbol('backend');
export const setBackend = (backend: BackendContext) => setContext(KEY, backend);
export const getBackend = () => getContext<BackendContext>(KEY);
