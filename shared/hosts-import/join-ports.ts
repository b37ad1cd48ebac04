import type { Sheet } from './sheet';

const squeeze = (heading: string) => heading.toLowerCase().replace(/[\s_\-.]/g, '');
const column = (headings: readonly string[], ...names: string[]) =>
  headings.findIndex((h) => names.includes(squeeze(h)));

/**
 * A Get-Printer export joined with the Get-PrinterPort (or Win32_TCPIPPrinterPort) export of the
 * same server: each printer (queue) with its port's host address, port number and protocol, found
 * by the printer's PortName. A printer whose port is not in the ports export keeps its PortName as
 * the address ("IP_10.1.2.3" is that address; "PORTPROMPT:" is refused as none). Row numbers stay
 * those of the printers export. Undefined when the two files are not such a pair.
 */
export function joinPrinterPorts(printers: Sheet, ports: Sheet): Sheet | undefined {
  const printerHead = printers.rows[0]?.cells ?? [];
  const portHead = ports.rows[0]?.cells ?? [];
  const name = column(printerHead, 'name');
  const portName = column(printerHead, 'portname');
  const portKey = column(portHead, 'name');
  const host = column(portHead, 'printerhostaddress', 'hostaddress');
  if (name < 0 || portName < 0 || portKey < 0 || host < 0) return undefined;
  const number = column(portHead, 'portnumber');
  const protocol = column(portHead, 'protocol');
  const byName = new Map(
    ports.rows.slice(1).map((row) => [row.cells[portKey]?.trim().toLowerCase() ?? '', row.cells]),
  );
  const at = (cells: readonly string[] | undefined, i: number) => (i < 0 ? '' : (cells?.[i] ?? ''));
  return {
    ...printers,
    rows: [
      {
        row: printers.rows[0]!.row,
        cells: ['Name', 'PortName', 'HostAddress', 'PortNumber', 'Protocol'],
      },
      ...printers.rows.slice(1).map(({ row, cells }) => {
        const port = byName.get(at(cells, portName).trim().toLowerCase());
        return {
          row,
          cells: [
            at(cells, name),
            at(cells, portName),
            port ? at(port, host) : at(cells, portName),
            at(port, number),
            at(port, protocol),
          ],
        };
      }),
    ],
  };
}
