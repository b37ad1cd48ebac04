import type { CatalogRow, PortParameter, PrinterProtocol } from './model';

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

/**
 * Printer protocols by documented version: the printer keys of 5.3.0 list only lpr and socket, those
 * of 5.5.0 list all seven. No page says in which version the others arrived.
 */
export const LEGACY_PRINTER_PROTOCOLS: readonly PrinterProtocol[] = ['lpr', 'socket'];
export const MODERN_PRINTER_PROTOCOLS_SINCE = '5.5.0';
/** The last version documented with lpr and socket only. */
export const LEGACY_PRINTER_PROTOCOLS_UNTIL = '5.3.0';

/** The vendor's default of a configurable port. */
export function defaultPort(param: PortParameter): number {
  return param.startsWith('printer.')
    ? DEFAULT_PRINTER_PORTS[param.slice('printer.'.length) as PrinterProtocol]
    : PORT_PARAMETERS[param as keyof typeof PORT_PARAMETERS].default;
}

/** A catalog row as the command line prints it: the port as its default number, the parameter beside it. */
export type PrintedCatalogRow = Omit<CatalogRow, 'port'> & {
  port: number;
  portParameter?: PortParameter;
};

export function printedRow(row: CatalogRow): PrintedCatalogRow {
  const port = row.port;
  return Object.fromEntries(
    Object.entries(row).flatMap(([key, value]: [string, unknown]) => {
      if (key !== 'port') return [[key, value]];
      return typeof port === 'number'
        ? [['port', port]]
        : [
            ['port', defaultPort(port.param)],
            ['portParameter', port.param],
          ];
    }),
  ) as PrintedCatalogRow;
}
