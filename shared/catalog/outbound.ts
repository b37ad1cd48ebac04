import { MODERN_PRINTER_PROTOCOLS_SINCE } from './parameters';
import type { CatalogRow, PrinterProtocol } from './model';

// Flows the Used Ports page does not state: what the OE and the island sites connect to.

const PRINTER_APP_PROTOCOL = {
  lpr: 'LPR',
  socket: 'raw socket',
  pjl: 'PJL over raw socket',
  ipp: 'IPP',
  ipps: 'IPP over TLS',
  http: 'IPP over HTTP',
  https: 'IPP over HTTPS',
} as const satisfies Record<PrinterProtocol, string>;

const PROTOCOLS = Object.keys(PRINTER_APP_PROTOCOL) as PrinterProtocol[];

function since(protocol: PrinterProtocol): string | undefined {
  return protocol === 'lpr' || protocol === 'socket' ? undefined : MODERN_PRINTER_PROTOCOLS_SINCE;
}

/** seal-checkout / seal-pjl-checkout print to the mainland's printers with each network's protocols. */
const MAINLAND_PRINTING: CatalogRow[] = PROTOCOLS.map((protocol) => ({
  id: `outbound/printer-${protocol}/tcp`,
  table: 'outbound',
  installations: ['single', 'cluster'],
  port: { param: `printer.${protocol}` },
  transport: 'tcp',
  service: `Printer (${protocol})`,
  appProtocol: PRINTER_APP_PROTOCOL[protocol],
  comment: '',
  listener: 'printers',
  evidence: 'docs',
  sources: ['printer-keys'],
  flows: [
    {
      from: ['oe-node'],
      purpose: `Print jobs to printers (${protocol})`,
      when: { printerProtocol: protocol, since: since(protocol) },
      evidence: 'docs',
      sources: ['printer-keys'],
    },
  ],
}));

/** The island checkout prints to its own site's printers. */
const ISLAND_PRINTING: CatalogRow[] = PROTOCOLS.map((protocol) => ({
  id: `island/printer-${protocol}/tcp`,
  table: 'island',
  installations: ['single', 'cluster'],
  port: { param: `printer.${protocol}` },
  transport: 'tcp',
  service: `Island printer (${protocol})`,
  appProtocol: PRINTER_APP_PROTOCOL[protocol],
  comment: '',
  listener: 'island-printers',
  evidence: 'docs',
  sources: ['printer-keys'],
  requires: ['remote-printing'],
  flows: [
    {
      from: ['island-checkout'],
      purpose: `Island checkout prints to island printers (${protocol})`,
      when: { printerProtocol: protocol, since: since(protocol) },
      evidence: 'inferred',
      sources: ['printer-keys', 'planner-modeling'],
      note: 'That the island host prints to its local printers with the mainland protocols is our modeling.',
    },
  ],
}));

const DEVICE_MONITORING: CatalogRow[] = (['ipp', 'ipps'] as const).map((protocol) => ({
  id: `outbound/device-monitoring-${protocol}/tcp`,
  table: 'outbound',
  installations: ['single', 'cluster'],
  port: { param: `printer.${protocol}` },
  transport: 'tcp',
  service: `Printer state (${protocol})`,
  appProtocol: PRINTER_APP_PROTOCOL[protocol],
  comment: '',
  listener: 'printers',
  evidence: 'docs',
  sources: ['device-monitoring'],
  requires: ['device-monitoring'],
  flows: [
    {
      from: ['oe-node'],
      purpose: 'Device monitoring asks printers for their state',
      // IPP on 631 to every printer network; IPPS on 443 where the network offers ipps.
      when: protocol === 'ipps' ? { printerProtocol: 'ipps' } : {},
      evidence: 'docs',
      sources: ['device-monitoring'],
      note: 'seal-printer-monitor asks printers over IPP (631/443), not SNMP.',
    },
  ],
}));

const EXTERNAL: CatalogRow[] = [
  {
    id: 'outbound/dpf-api/tcp',
    table: 'outbound',
    installations: ['single', 'cluster'],
    port: { param: 'dpfApiPort' },
    transport: 'tcp',
    service: 'DPF REST API',
    appProtocol: 'HTTPS',
    comment: '',
    listener: 'dpf',
    evidence: 'docs',
    sources: ['dpf-conversion'],
    requires: ['dpf-conversion'],
    flows: [
      {
        from: ['oe-node'],
        purpose: 'Documents sent to DPF for conversion',
        evidence: 'docs',
        sources: ['dpf-conversion'],
        note: 'DPF_URL, default https://localhost:9126/rest/dpf; DPF 3.0.0 or later.',
      },
    ],
  },
  {
    id: 'outbound/sap-gateway/tcp',
    table: 'outbound',
    installations: ['single', 'cluster'],
    port: { param: 'sapGatewayPort' },
    transport: 'tcp',
    service: 'SAP gateway (RFC)',
    appProtocol: 'RFC',
    comment: '',
    listener: 'sap',
    evidence: 'inferred',
    sources: ['architecture-6-1-0', 'services', 'planner-modeling'],
    requires: ['sap-callback'],
    flows: [
      {
        from: ['oe-node'],
        purpose: 'Job status reported back to SAP',
        evidence: 'inferred',
        sources: ['architecture-6-1-0', 'services', 'planner-modeling'],
        note: 'seal-co-notifier sends the RFC callback (vendor); that SAP listens on its gateway 33NN (48NN with SNC) is our modeling.',
      },
    ],
  },
  {
    id: 'outbound/sap-odata/tcp',
    table: 'outbound',
    installations: ['single', 'cluster'],
    port: 443,
    transport: 'tcp',
    service: 'SAP oData Print API',
    appProtocol: 'HTTPS',
    comment: '',
    listener: 'sap',
    evidence: 'docs',
    sources: ['sap-odata'],
    requires: ['sap-odata'],
    since: '7.1.0',
    flows: [
      {
        from: ['oe-node'],
        purpose: 'Jobs fetched from the SAP oData Print API',
        evidence: 'docs',
        sources: ['sap-odata'],
        note: 'seal-cpm-checkin pulls jobs from SAP, outbound.',
      },
    ],
  },
  {
    id: 'outbound/identity-provider/tcp',
    table: 'outbound',
    installations: ['single', 'cluster'],
    port: { param: 'identityProviderPort' },
    transport: 'tcp',
    service: 'External identity provider',
    appProtocol: 'HTTPS',
    comment: '',
    listener: 'identity-provider',
    evidence: 'inferred',
    sources: ['seal-oidc', 'planner-modeling'],
    requires: ['external-idp'],
    flows: [
      {
        from: ['admin-workstations', 'api-consumers', 'oe-node'],
        purpose: 'Login and token checks at the identity provider',
        evidence: 'inferred',
        sources: ['seal-oidc', 'planner-modeling'],
        note: "The customer's IdP replaces SEAL's Keycloak at its own host and port; who connects is our modeling.",
      },
    ],
  },
  {
    id: 'infrastructure/load-balancer-2119/tcp',
    table: 'infrastructure',
    installations: ['single', 'cluster'],
    port: 2119,
    transport: 'tcp',
    service: 'Load balancer for seal-mainland-checkout',
    appProtocol: 'HTTPS',
    comment: '',
    listener: 'load-balancer',
    evidence: 'inferred',
    sources: ['port-list', 'planner-modeling'],
    requires: ['remote-printing'],
    flows: [
      {
        from: ['island-checkout'],
        purpose: 'Remote printing: island checkouts fetch jobs from the mainland',
        when: { loadBalancer: true },
        evidence: 'inferred',
        sources: ['port-list', 'remote-printing-api-keys', 'planner-modeling'],
        note: 'Islands reach the load balancer instead of every OE node (our modeling).',
      },
    ],
  },
];

export const OUTBOUND_ROWS: readonly CatalogRow[] = [
  ...MAINLAND_PRINTING,
  ...DEVICE_MONITORING,
  ...ISLAND_PRINTING,
  ...EXTERNAL,
];
