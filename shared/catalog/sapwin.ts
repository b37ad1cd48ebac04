import type { CatalogFlow, CatalogRow, Transport } from './model';

// seal-convert-sapwin on its own Windows server, as the vendor recommends (output of SAPWIN files,
// 5.7.1), with a Consul agent registered as a client of the OE's Consul. Rows apply only where the
// plan names that server.

const CONSUL_CLIENT_NOTE =
  'The vendor registers the Consul agent of the SAPWIN server as a client in Consul; which ports a Consul client uses (Serf LAN 8301 both ways, server RPC 8300) is Consul’s general port use, not a SEAL page: this planner’s modeling.';

const consulClient = (purpose: string, from: CatalogFlow['from']): CatalogFlow => ({
  from,
  purpose,
  evidence: 'inferred',
  sources: ['sapwin', 'planner-modeling'],
  note: CONSUL_CLIENT_NOTE,
});

function consulRow(
  id: string,
  port: number,
  transport: Transport,
  appProtocol: string,
  listener: 'oe-node' | 'sapwin-server',
): CatalogRow {
  const toServer = listener === 'oe-node';
  return {
    id,
    table: 'infrastructure',
    installations: ['single', 'cluster'],
    port,
    transport,
    service: 'Consul',
    appProtocol,
    comment: '',
    listener,
    evidence: 'inferred',
    sources: ['sapwin', 'planner-modeling'],
    flows: [
      toServer
        ? consulClient('The SAPWIN server’s Consul agent joins the OE’s Consul', ['sapwin-server'])
        : consulClient('The OE’s Consul reaches the SAPWIN server’s Consul agent', ['oe-node']),
    ],
  };
}

export const SAPWIN_ROWS: readonly CatalogRow[] = [
  {
    id: 'sapwin/2038/tcp',
    table: 'infrastructure',
    installations: ['single', 'cluster'],
    port: 2038,
    transport: 'tcp',
    service: 'seal-convert-sapwin',
    appProtocol: 'HTTPS',
    comment: '',
    listener: 'sapwin-server',
    evidence: 'seed',
    sources: ['port-list', 'sapwin'],
    flows: [
      {
        from: ['oe-node'],
        purpose: 'OE services convert SAPWIN files on the SAPWIN server',
        evidence: 'inferred',
        sources: ['port-list', 'sapwin', 'planner-modeling'],
        note: 'seal-convert-sapwin listens on 2038 (port list) and the vendor recommends a separate Windows server for it; which OE service calls it there the page does not say: this planner’s modeling.',
      },
    ],
  },
  consulRow('sapwin/consul-rpc-8300/tcp', 8300, 'tcp', 'RPC', 'oe-node'),
  consulRow('sapwin/consul-serf-8301/tcp', 8301, 'tcp', 'Serf LAN', 'oe-node'),
  consulRow('sapwin/consul-serf-8301/udp', 8301, 'udp', 'Serf LAN', 'oe-node'),
  consulRow('sapwin/agent-serf-8301/tcp', 8301, 'tcp', 'Serf LAN', 'sapwin-server'),
  consulRow('sapwin/agent-serf-8301/udp', 8301, 'udp', 'Serf LAN', 'sapwin-server'),
];
