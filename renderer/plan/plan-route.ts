/**
 * The address of a place in the app, in the hash (it works the same in a browser and under the
 * desktop app's own protocol): `#/plans/ID/step`, or the library (`#/`).
 */
export type Route = { kind: 'library' } | { kind: 'plan'; id: string; step: string | null };

export function parseRoute(hash: string): Route {
  const match = /^#?\/plans\/([^/]+)(?:\/([^/]*))?\/?$/.exec(hash);
  if (!match) return { kind: 'library' };
  let id: string;
  try {
    id = decodeURIComponent(match[1]!);
  } catch {
    return { kind: 'library' };
  }
  return { kind: 'plan', id, step: match[2] ? match[2] : null };
}

export const planHash = (id: string, step: string) =>
  `#/plans/${encodeURIComponent(id)}/${encodeURIComponent(step)}`;

export const LIBRARY_HASH = '#/';

/** The app's address now, as a route. */
export const currentRoute = (): Route => parseRoute(window.location.hash);

/** Go to a place: a new entry for Back, or (`replace`) the same entry corrected. */
export function navigate(hash: string, replace = false): void {
  if (window.location.hash === hash) return;
  if (replace) window.history.replaceState(window.history.state, '', hash);
  else window.location.hash = hash;
}
