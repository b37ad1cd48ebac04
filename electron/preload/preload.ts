// The bridge: one function per channel of the contract, each an ipcRenderer.invoke answering an
// Envelope, and onEvent for what main tells the window. Functions only: no ipcRenderer, no Node.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  APP_EVENT_CHANNEL,
  CHANNEL_NAMES,
  type AppEvent,
  type Bridge,
} from '../../shared/api/contract';
import { BRIDGE_KEY } from '../../shared/api/transport';

const channels = Object.fromEntries(
  CHANNEL_NAMES.map((name) => [name, (args: unknown) => ipcRenderer.invoke(name, args)]),
);

const bridge = {
  ...channels,
  onEvent(listener: (event: AppEvent) => void): () => void {
    // The renderer never sees the IpcRendererEvent (it would expose sender internals).
    const forward = (_event: IpcRendererEvent, payload: AppEvent) => listener(payload);
    ipcRenderer.on(APP_EVENT_CHANNEL, forward);
    return () => void ipcRenderer.off(APP_EVENT_CHANNEL, forward);
  },
} as Bridge;

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
