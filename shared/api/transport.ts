// How the contract travels. Desktop: the preload exposes window[BRIDGE_KEY], one function per channel,
// each answering an Envelope. Browser mode: POST API_PREFIX + channel with a JSON body of the arguments,
// the per-run token in TOKEN_HEADER; the answer is an Envelope (HTTP 200), or 401 without the right
// token, 403 from another origin or host, 404 for an unknown channel. The printed URL carries the token
// in its fragment (#token=...), which browsers never send to a server.

export const BRIDGE_KEY = 'planner';
export const API_PREFIX = '/api/';
export const TOKEN_HEADER = 'x-planner-token';
export const TOKEN_FRAGMENT = 'token';
