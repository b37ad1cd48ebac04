import {
  CHANNEL_NAMES,
  dispatch,
  type ChannelName,
  type Envelope,
  type Handlers,
} from '../../shared/api/contract';
import { isTrustedSender, type SenderFrame } from './policy';

/** What ipc.ts needs of an IpcMainInvokeEvent. */
export interface InvokeEvent {
  senderFrame: SenderFrame | null;
  sender: { id: number };
}

/** What ipc.ts needs of ipcMain. */
export interface IpcRegistry {
  handle(channel: string, listener: (event: InvokeEvent, args?: unknown) => Promise<unknown>): void;
}

export interface IpcOptions {
  /** The webContents ids of our windows, asked on every call (windows come and go). */
  ourWindowContents: () => ReadonlySet<number>;
  /** Told after each answered call (the menu's recent plans follow the library). */
  afterCall?: (channel: ChannelName) => void;
}

/**
 * The single choke point between the renderer and the Node side: one handler per channel of the
 * contract; a sender that is not the main frame of our window showing our app is refused; the
 * arguments are parsed with the contract's schema; every answer is a serialisable Envelope.
 */
export function setupIpc(ipc: IpcRegistry, handlers: Handlers, options: IpcOptions): void {
  for (const channel of CHANNEL_NAMES) {
    ipc.handle(channel, async (event, args): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(event.senderFrame, event.sender.id, options.ourWindowContents())) {
        return {
          ok: false,
          error: {
            code: 'bad-request',
            message: `${channel}: refused, the caller is not the planner's window`,
          },
        };
      }
      const envelope = await dispatch(handlers, channel, args);
      options.afterCall?.(channel);
      return envelope;
    });
  }
}
