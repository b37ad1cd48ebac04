import {
  activeFlows,
  computeFirewallRules,
  computeFlows,
  computeHostRules,
  computeZoneGrid,
} from '../../shared/matrix';
import { generatedPlan, LARGE, TYPICAL, type PlanSize } from '../support/generated-plans';

/** Median wall time of `runs` calls, after one warm-up call. */
function time<T>(runs: number, fn: () => T): { ms: number; value: T } {
  let value = fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    value = fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)]!, value };
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0)).padStart(8) + ' ms';

function measure(label: string, size: PlanSize, runs: number, print: (line: string) => void) {
  const plan = generatedPlan(size);
  const active = time(runs, () => activeFlows(plan));
  const flows = time(runs, () => computeFlows(active.value));
  const hosts = time(runs, () => computeHostRules(active.value));
  const firewall = time(runs, () => computeFirewallRules(hosts.value));
  const zones = time(runs, () => computeZoneGrid(hosts.value));
  const total = active.ms + flows.ms + hosts.ms + firewall.ms + zones.ms;
  const output = {
    flows: flows.value,
    hostRules: hosts.value,
    firewallRules: firewall.value,
    zoneGrid: zones.value,
  };
  const serialise = time(runs, () => JSON.stringify(output).length);
  print(
    `${label}: ${size.nodes} nodes, ${size.clientGroups} client groups, ${size.islandSites} island sites, ${size.printerNetworks} printer networks (median of ${runs})`,
  );
  print(`  resolve catalog ${fmt(active.ms)}   ${active.value.length} active flows`);
  print(`  flows           ${fmt(flows.ms)}   ${flows.value.length} flows`);
  print(`  host rules      ${fmt(hosts.ms)}   ${hosts.value.length} host rules`);
  print(`  firewall rules  ${fmt(firewall.ms)}   ${firewall.value.length} firewall rules`);
  print(`  zone grid       ${fmt(zones.ms)}   ${zones.value.cells.length} cells`);
  print(`  engine total    ${fmt(total)}`);
  print(`  JSON.stringify  ${fmt(serialise.ms)}   ${(serialise.value / 1e6).toFixed(1)} MB`);
  print(`  engine / serialise = ${(total / serialise.ms).toFixed(2)}x`);
  return { total, ratio: total / serialise.ms };
}

export default async function bench(print: (line: string) => void): Promise<void> {
  const typical = measure('typical plan', TYPICAL, 50, print);
  print(`  goal: well under one frame (16 ms): ${typical.total < 16 ? 'met' : 'NOT met'}`);
  const large = measure('large plan', LARGE, 3, print);
  print(`  goal: within 3x of serialising its own output: ${large.ratio <= 3 ? 'met' : 'NOT met'}`);
}
