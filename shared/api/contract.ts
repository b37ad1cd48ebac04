import { z } from 'zod';
import type { Text } from '../i18n';
import type { PlanIssue } from '../plan/issues';
import type { Channel } from './channel';
import { PlanId } from './ids';
import { APP_CHANNELS } from './app-channels';
import { CAMPAIGN_CHANNELS } from './campaign-channels';
import { CHANGE_CHANNELS } from './change-channels';
import { COMPARE_CHANNELS } from './compare-channels';
import { EXPORT_CHANNELS } from './export-channels';
import { PLANS_CHANNELS } from './plans-channels';
import { PRESALES_CHANNELS } from './presales-channels';
import { PROBE_CHANNELS } from './probe-channels';
import { ApiFailure, ERROR_CODES, Refusal, type ApiError } from './refusal';

export { channel, type Channel } from './channel';
export { PlanId } from './ids';
export type { AppInfo } from './app-channels';
export * from './plan-document';
export type { SavedFile } from './saved-file';
export * from './refusal';

// The one API between the renderer and the Node side. The preload bridge, the IPC registration,
// the HTTP routes of browser mode and the renderer's client are all derived from API below.
// Each area's channels live in a module of its own (shared/api/<area>-channels.ts, built with
// channel() from ./channel) and are spread into API here: one line per area. An area module never
// imports this file (that would be a cycle): the types areas share have modules of their own
// (./plan-document, ./saved-file, ./ids).

export const API = {
  ...APP_CHANNELS,
  ...PLANS_CHANNELS,
  ...PROBE_CHANNELS,
  ...CAMPAIGN_CHANNELS,
  ...EXPORT_CHANNELS,
  ...PRESALES_CHANNELS,
  ...COMPARE_CHANNELS,
  ...CHANGE_CHANNELS,
} as const satisfies Record<string, Channel>;

export type ChannelName = keyof typeof API;
export const CHANNEL_NAMES = Object.keys(API) as ChannelName[];
export type ArgsOf<C extends ChannelName> = z.input<(typeof API)[C]['args']>;
export type ParsedArgsOf<C extends ChannelName> = z.output<(typeof API)[C]['args']>;
/** The result type (a null result, e.g. a cancelled dialog, is kept). */
export type ResultOf<C extends ChannelName> = Exclude<(typeof API)[C]['result'], undefined>;

/** Every call answers with an envelope: errors are values, never thrown across the boundary. */
export type Envelope<R> = { ok: true; value: R } | { ok: false; error: ApiError };

/** The Node side implements one handler per channel. */
export type Handlers = {
  [C in ChannelName]: (args: ParsedArgsOf<C>) => Promise<ResultOf<C>> | ResultOf<C>;
};

/** The renderer's view: one async function per channel. */
export type Client = {
  [C in ChannelName]: (args: ArgsOf<C>) => Promise<ResultOf<C>>;
};

/**
 * What the desktop app tells the renderer (the only way from main to renderer): a plan to show
 * (opened from a file, the command line or the recent plans menu), a menu command to carry out,
 * or an error from something the renderer did not ask for (a plan file given on the command line).
 */
export const MENU_COMMANDS = ['new-plan', 'show-library', 'import-plan', 'export-plan'] as const;
export const AppEvent = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('open-plan'), id: PlanId }),
  z.strictObject({ kind: z.literal('command'), command: z.enum(MENU_COMMANDS) }),
  z.strictObject({
    kind: z.literal('error'),
    error: z.strictObject({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      text: z.custom<Text>().optional(),
      field: z.string().optional(),
      path: z.string().optional(),
      issues: z.array(z.custom<PlanIssue>()).optional(),
    }),
  }),
]);
export type AppEvent = z.infer<typeof AppEvent>;
/** The IPC channel of AppEvents, main to renderer. */
export const APP_EVENT_CHANNEL = 'app.event';

/** What the desktop preload exposes as window[BRIDGE_KEY]: one function per channel, and the events. */
export type Bridge = {
  [C in ChannelName]: (args: ArgsOf<C>) => Promise<Envelope<ResultOf<C>>>;
} & {
  /** Listen to AppEvents; returns the function that stops listening. */
  onEvent(listener: (event: AppEvent) => void): () => void;
};

/** Parse the arguments and run the handler, turning every outcome into an envelope. */
export async function dispatch<C extends ChannelName>(
  handlers: Handlers,
  name: C,
  raw: unknown,
): Promise<Envelope<ResultOf<C>>> {
  const parsed = API[name].args.safeParse(raw ?? {});
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? first.path.join('.') : 'arguments';
    return {
      ok: false,
      error: {
        code: 'bad-request',
        message: `${name}: ${where} ${first?.message ?? 'are invalid'}`,
      },
    };
  }
  try {
    const handler = handlers[name] as (args: unknown) => Promise<ResultOf<C>> | ResultOf<C>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (e) {
    // The one place a refusal becomes an envelope; anything else is a bug, reported as internal.
    if (e instanceof Refusal) return { ok: false, error: e.toError() };
    return {
      ok: false,
      error: {
        code: 'internal',
        message: `${name} failed: ${e instanceof Error ? e.message : String(e)}`,
      },
    };
  }
}

/** Build the renderer's client over any transport (IPC in the desktop app, HTTP in browser mode). */
export function createClient(
  invoke: (name: ChannelName, args: unknown) => Promise<Envelope<unknown>>,
): Client {
  return Object.fromEntries(
    CHANNEL_NAMES.map((name) => [
      name,
      async (args: unknown) => {
        const envelope = await invoke(name, args);
        if (envelope.ok) return envelope.value;
        throw ApiFailure.from(envelope.error);
      },
    ]),
  ) as Client;
}
