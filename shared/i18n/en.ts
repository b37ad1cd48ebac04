/** English texts. Every key here must exist in de.ts too (a test checks). */
export const en = {
  columns: {
    id: 'ID',
    from: 'From',
    to: 'To',
    table: 'Table',
    installations: 'Installations',
    transport: 'Transport',
    appProtocol: 'Application protocol',
    comment: 'Vendor comment',
    listener: 'Listener',
    condition: 'Condition',
    sourceZone: 'Source zone',
    sourceName: 'Source name',
    source: 'Source',
    destinationZone: 'Destination zone',
    destinationName: 'Destination name',
    destination: 'Destination',
    port: 'Port',
    protocol: 'Protocol',
    service: 'Service',
    purpose: 'Purpose',
    requiredBy: 'Required by',
    evidence: 'Evidence',
    sources: 'Source URL',
    ports: 'Ports',
    ruleCount: 'Rules',
    probeStatus: 'Probe status',
    probedAt: 'Probed at',
  },
  zones: {
    clients: 'Clients',
    'oe-nodes': 'OE nodes',
    management: 'Management',
    islands: 'Islands',
    printers: 'Printers',
    external: 'External',
  },
  evidence: {
    seed: 'vendor port list',
    docs: 'vendor documentation',
    inferred: 'inferred (to confirm)',
  },
} as const;

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type Messages = Shape<typeof en>;
