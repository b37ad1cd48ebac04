import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../../../electron/services/app-version';
import { exampleChecklist } from '../support';
import { renderText, VENDORS } from './render';

// Golden files of docs/examples/cluster-3-islands, reviewed against each vendor's documented syntax:
// - PAN-OS: "set address … ip-netmask", "set address-group … static", "set service … protocol tcp
//   port", "set rulebase security rules <name> from <zone> to <zone> source … destination …
//   application any service … action allow" (PAN-OS configure CLI command hierarchy,
//   https://docs.paloaltonetworks.com/pan-os/10-0/cli-reference/pan-os-10-0-configure-cli-command-hierarchy;
//   the rule form as in https://wikieduonline.com/index.php?mobileaction=toggle_view_desktop&oldid=15904&title=PAN-OS, "Rules"); names at most
//   63 characters (https://raw.githubusercontent.com/api-evangelist/palo-alto-networks/refs/heads/main/json-structure/pan-os-security-rule-structure.json).
// - FortiGate: "config firewall policy", edit <policyid>, set name/srcintf/dstintf/srcaddr/dstaddr/
//   srcaddr6/dstaddr6/action/schedule/service/comments (FortiOS CLI reference,
//   https://docs.fortinet.com/document/fortigate/7.6.1/cli-reference/333889629 and
//   https://docs.fortinet.com/document/fortigate/6.4.3/cli-reference/311620).
// - Cisco ASA: "object-group network" with network-object host/subnet/object and group-object,
//   "object-group service <name> tcp" with port-object eq/range
//   (https://github.com/ansible-collections/cisco.asa/blob/main/docs/cisco.asa.asa_ogs_module.rst),
//   "access-list <name> extended permit … object-group …" and access lists per interface
//   (https://github.com/hegdepavankumar/cisco-asa-firewall-training/blob/main/Courses/04.Security%20Policies.md).
// - Check Point: the Management API through mgmt_cli
//   (https://sc1.checkpoint.com/documents/latest/APIs/data/v1.5/introduction.html); "--batch" takes
//   a CSV whose first row names the command's parameters (add host: name, ip-address; add network:
//   name, subnet, mask-length; add access-rule: layer, position, name, source, destination,
//   service, action, track.type, comments).
// UPDATE_GOLDEN=1 npx vitest run test/electron/services/documents/firewalls writes them anew.

const FIXTURES = join(import.meta.dirname, '../../../../fixtures/firewalls');

describe('zone firewall golden files (cluster-3-islands)', () => {
  for (const vendor of VENDORS) {
    for (const locale of ['en', 'de'] as const) {
      it(`${vendor} in ${locale} is what was reviewed`, async () => {
        // The planner's version is in every header: a release does not make a golden file stale.
        const text = (
          await renderText(vendor, exampleChecklist('cluster-3-islands', { locale }))
        ).replaceAll(` ${APP_VERSION}\n`, ' <version>\n');
        const file = join(FIXTURES, `cluster-3-islands.${vendor}.${locale}.txt`);
        if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, text);
        expect(text).toBe(readFileSync(file, 'utf8'));
      });
    }
  }
});
