import {
  EASYPRIMA_AT_IDENTITY_PROVIDER,
  INFOCLIENT_AT_IDENTITY_PROVIDER,
  OE_AT_IDENTITY_PROVIDER,
} from './flows';
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

// The printer keys of 5.3.0 list lpr and socket, those of 5.5.0 all seven; no page says when the
// others arrived, so the flows carry no version (plan validation warns below 5.5.0 instead).

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
      when: { printerProtocol: protocol },
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
      when: { printerProtocol: protocol },
      evidence: 'inferred',
      sources: ['printer-keys', 'planner-modeling'],
      note: 'That the island host prints to its local printers with the mainland protocols is our modeling.',
    },
  ],
}));

/**
 * Device monitoring asks the printer over IPP: its monitorConnection, else its connection where that
 * is an IPP URL (ipp, ipps, http, https), else it tries http and https on 631 and https on 443.
 */
const MONITORED_ON = {
  ipp: ['lpr', 'socket', 'pjl', 'ipp'],
  ipps: ['lpr', 'socket', 'pjl', 'ipps', 'https'],
  http: ['http'],
} as const satisfies Record<string, readonly PrinterProtocol[]>;

const DEVICE_MONITORING: CatalogRow[] = (['ipp', 'ipps', 'http'] as const).map((protocol) => ({
  id: `outbound/device-monitoring-${protocol}/tcp`,
  table: 'outbound',
  installations: ['single', 'cluster'],
  port: { param: `printer.${protocol}` },
  transport: 'tcp',
  service: `Printer state (${protocol})`,
  appProtocol: protocol === 'ipp' ? 'IPP over HTTP or HTTPS' : PRINTER_APP_PROTOCOL[protocol],
  comment: '',
  listener: 'printers',
  evidence: 'docs',
  sources: ['device-monitoring'],
  requires: ['device-monitoring'],
  flows: [
    {
      from: ['oe-node'],
      purpose: 'Device monitoring asks printers for their state',
      when: { printerProtocol: MONITORED_ON[protocol] },
      evidence: 'docs',
      sources: ['device-monitoring'],
      note: 'seal-printer-monitor asks the printer over IPP: at its IPP URL where the connection is one (ipp, ipps, http, https), otherwise it tries http and https on 631 and https on 443.',
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
        sources: ['dpf-conversion', 'dpf-services'],
        note: 'DPF_URL, default https://localhost:9126/rest/dpf; DPF 3.0.0 or later. DPF 4 also offers seal-dpf-jobclient-api on 4303 (HTTP) for its Batch Client; the OE uses DPF_URL.',
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
    sources: ['seal-oidc-other-idp', 'planner-modeling'],
    requires: ['external-idp'],
    flows: [
      {
        from: ['admin-workstations', 'api-consumers'],
        purpose: 'Login and token checks at the identity provider',
        evidence: 'inferred',
        sources: ['seal-oidc-other-idp', 'planner-modeling'],
        note: "The customer's IdP replaces SEAL's Keycloak at its own host and port; who connects is our modeling.",
      },
      OE_AT_IDENTITY_PROVIDER,
      INFOCLIENT_AT_IDENTITY_PROVIDER,
      EASYPRIMA_AT_IDENTITY_PROVIDER,
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
