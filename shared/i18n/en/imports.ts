/** English texts: importing printers, printer networks and client groups from a spreadsheet. */
export const imports = {
  imports: {
    fields: {
      name: 'Name',
      address: 'Address or network',
      protocol: 'Protocol',
      port: 'Port',
      site: 'Island site',
    },
    /** Why a row is refused: the technician fixes the row in the spreadsheet. */
    reasons: {
      control:
        'the {{field}} cell holds a control character ({{character}}): remove the line break or control character from it',
      noAddress: 'no address: enter the printer’s IP address or host name',
      notAddress:
        '“{{value}}” is not an IP address, and not a host name (RFC 1123: letters, digits and hyphens between dots)',
      notNetwork: '“{{value}}” is not a network: write it as address/prefix, e.g. 10.40.0.0/22',
      hostBits: '“{{value}}” has host bits set: the network is {{network}}',
      protocol: 'protocol “{{value}}” is unknown: write Raw (or 1), LPR (or 2), IPP or IPPS',
      port: 'port “{{value}}” is none of the plan’s printer ports (Raw 9100, LPR 515, IPP 631, IPPS 443)',
      portDiffers:
        'port {{value}} differs from the plan’s {{protocol}} port {{port}}: change the printer port in the plan’s parameters, or the row',
      nameLong: 'the name is longer than {{maximum}} characters: shorten it',
      noSite: 'the plan has no island site “{{value}}”: add the site first, or correct the row',
    },
    outcomes: {
      imported: 'imported',
      merged: 'inside “{{into}}”',
      mergedAdds: 'inside “{{into}}”, which now also takes {{protocols}}',
      duplicate: 'already in the plan as “{{of}}”',
      refused: 'refused: {{reason}}',
    },
    counts:
      '{{imported}} to import, {{merged}} inside existing networks, {{duplicate}} duplicates skipped, {{refused}} refused',
    summary_one: '{{count}} address in {{network}} ({{extra}} more addresses included)',
    summary_other: '{{count}} addresses in {{network}} ({{extra}} more addresses included)',
    tooMany:
      '{{list}} would hold {{count}} entries, more than the {{maximum}} a plan allows: summarise addresses into networks, or import fewer rows',
    ui: {
      ports: 'Ports of the same print server (its Get-PrinterPort export), joined by port name',
      tooLarge: '{{file}} is larger than {{maximum}} MB, more than any printer list: split it.',
      notPair:
        '{{file}} and {{ports}} are no Get-Printer (Name, PortName) and Get-PrinterPort (Name, PrinterHostAddress) pair: choose the two exports of one print server.',
      open: 'Import from spreadsheet…',
      title: 'Import from a spreadsheet',
      file: 'Spreadsheet (CSV or XLSX)',
      fileKind: '{{rows}} rows · {{format}}',
      csv: 'CSV, {{delimiter}}-separated, {{encoding}}',
      xlsx: 'XLSX, first sheet',
      delimiters: { comma: 'comma', semicolon: 'semicolon', tab: 'tab' },
      headed: 'The first row holds headings',
      columns: 'Columns',
      noColumn: '(none)',
      remembered: 'The columns of this plan’s last import.',
      guessed: 'Columns guessed from the headings and the first rows: check them.',
      firstRows: 'First rows',
      row: 'Row',
      into: 'Import into',
      intoPrinters: 'Printer networks',
      intoIsland: 'Island site “{{name}}”',
      kind: 'Kind of clients (rows without a protocol)',
      defaultGroup: 'Imported clients',
      widest: 'Summarise single addresses into networks',
      noSummary: 'Do not summarise',
      upTo: 'at most /{{prefix}} ({{count}} addresses)',
      summaries: 'Networks instead of single addresses',
      rows: 'What happens to each row',
      only: 'Rows not imported as they are',
      noAddressColumn: 'Choose the column that holds the addresses.',
      confirm_one: 'Import {{count}} row',
      confirm_other: 'Import {{count}} rows',
      cancel: 'Cancel',
      done: 'Imported {{count}} rows from {{file}}.',
      unreadable: '{{file}} cannot be read as a spreadsheet: {{reason}}',
      more: '… and {{count}} more',
    },
    cli: {
      notPair:
        '{{file}} and the ports export are no Get-Printer (Name, PortName) and Get-PrinterPort (Name, PrinterHostAddress) pair. Fix: name the two exports of one print server.',
      tooLarge:
        '{{file}} is larger than {{maximum}} MB, more than any printer list. Fix: split it.',
      row: 'row {{row}}: {{outcome}}',
      report: '{{file}}: {{counts}}',
      wrote: 'wrote {{path}}',
      mappingSyntax:
        '“{{value}}” is not field=column. Fix: write e.g. name=Name,address=HostAddress (fields: name, address, protocol, port, site; a column by its heading or #3).',
      noSuchColumn:
        'the file has no column “{{column}}” (its columns: {{columns}}). Fix: name one of them.',
      noAddressColumn:
        'no column of {{file}} holds addresses. Fix: name it with --mapping address=COLUMN.',
      into: '“{{value}}” is not a target. Fix: write printers, clients or island:SITE.',
      noSite: 'the plan has no island site “{{site}}”. Fix: name one of: {{sites}}.',
      widest: '“{{value}}” is not a prefix length from 16 to 30. Fix: write e.g. --summarise 24.',
      refused_one:
        '{{count}} row refused: nothing written. Fix: correct it in the spreadsheet, or add --skip-refused to import the other rows.',
      refused_other:
        '{{count}} rows refused: nothing written. Fix: correct them in the spreadsheet, or add --skip-refused to import the other rows.',
      tooMany: '{{message}}. Nothing written.',
      notSpreadsheet: '{{file}} is not a CSV or XLSX file this planner can read: {{reason}}',
    },
  },
} as const;
