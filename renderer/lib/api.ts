import {
  createClient,
  type AppEvent,
  type Bridge,
  type ChannelName,
  type Client,
  type Envelope,
} from '../../shared/api/contract';
import { API_PREFIX, BRIDGE_KEY, TOKEN_FRAGMENT, TOKEN_HEADER } from '../../shared/api/transport';

/** Listen to what the desktop app's menu and OS say (open a plan, a command); returns unlisten. */
export type EventSource = (listener: (event: AppEvent) => void) => () => void;

/** How this page reaches the Node side; 'none' when opened without a backend (no bridge, no token). */
export type Connection =
  | { mode: 'desktop'; client: Client; onEvent: EventSource }
  | { mode: 'browser'; client: Client; onEvent?: undefined }
  | { mode: 'none'; client: null };

const TOKEN_KEY = 'planner.token';
// keepalive lets a save started on pagehide finish, but browsers cap such bodies at 64 KiB.
const KEEPALIVE_LIMIT = 60_000;

/** Take the token from the URL fragment (then remove it from the address bar), else from this tab's session. */
function takeToken(): string | null {
  const fragment = new URLSearchParams(location.hash.slice(1));
  const fromUrl = fragment.get(TOKEN_FRAGMENT);
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    history.replaceState(null, '', location.pathname + location.search);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

function overHttp(token: string) {
  return async (name: ChannelName, args: unknown): Promise<Envelope<unknown>> => {
    const body = JSON.stringify(args ?? {});
    let response: Response;
    try {
      response = await fetch(API_PREFIX + name, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body,
        keepalive: body.length < KEEPALIVE_LIMIT,
      });
    } catch {
      return {
        ok: false,
        error: { code: 'internal', message: 'the planner backend cannot be reached' },
      };
    }
    try {
      return (await response.json()) as Envelope<unknown>;
    } catch {
      return {
        ok: false,
        error: { code: 'internal', message: `the backend answered HTTP ${response.status}` },
      };
    }
  };
}

export function connect(): Connection {
  const bridge = (window as unknown as Record<string, Bridge | undefined>)[BRIDGE_KEY];
  if (bridge) {
    // The bridge's functions are typed per channel; createClient calls them by name.
    const call = bridge as unknown as Record<
      ChannelName,
      (args: unknown) => Promise<Envelope<unknown>>
    >;
    return {
      mode: 'desktop',
      client: createClient((name, args) => call[name](args)),
      onEvent: (listener) => bridge.onEvent(listener),
    };
  }
  const token = takeToken();
  if (!token) return { mode: 'none', client: null };
  return { mode: 'browser', client: createClient(overHttp(token)) };
}
