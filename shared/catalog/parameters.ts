import type { PortParameter, PrinterProtocol } from './model';

/** The vendor's default printer ports (printer connection URL `<protocol>://<printer>:<port>/<queue>`). */
export const DEFAULT_PRINTER_PORTS = {
  lpr: 515,
  socket: 9100,
  pjl: 9100,
  ipp: 631,
  ipps: 443,
  http: 80,
  https: 443,
} as const satisfies Record<PrinterProtocol, number>;

/** Configurable ports and the key or setting a technician changes them with. */
export const PORT_PARAMETERS = {
  dpfApiPort: { label: 'DPF REST API port', setting: 'DPF_URL', default: 9126 },
  dpfCallbackPort: { label: 'DPF callback port', setting: 'CALLBACK_PORT', default: 2129 },
  sapGatewayPort: { label: 'SAP gateway port', setting: '33NN, or 48NN with SNC', default: 3300 },
  identityProviderPort: {
    label: 'Identity provider port',
    setting: 'OIDC issuer URL',
    default: 443,
  },
} as const satisfies Record<Exclude<PortParameter, `printer.${string}`>, unknown>;

/** Products whose printer protocols other than lpr and socket arrived in 5.5.0. */
export const LEGACY_PRINTER_PROTOCOLS: readonly PrinterProtocol[] = ['lpr', 'socket'];
export const MODERN_PRINTER_PROTOCOLS_SINCE = '5.5.0';
