// A second planner on the same library: saves a plan `count` times as fast as it can and prints
// how many saves failed and why. Run by two-writers.test.ts as a separate process.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../../../electron/services/store';

const [dataDir, id, who, count] = process.argv.slice(2);
const store = openStore(dataDir!);
// Both processes start saving at the same moment: each says it is ready, then waits for "go".
writeFileSync(join(dataDir!, `ready-${who}`), '');
const pause = new Int32Array(new SharedArrayBuffer(4));
while (!existsSync(join(dataDir!, 'go'))) Atomics.wait(pause, 0, 0, 5);
const failures: string[] = [];
for (let i = 0; i < Number(count); i++) {
  try {
    const document = {
      schemaVersion: 1,
      project: { name: `${who} ${i}` },
      nodes: [{ name: `n${i}` }],
    };
    store.plans.save(id!, document);
    if (i % 10 === 0)
      store.plans.create({ schemaVersion: 1, project: { name: `${who} new ${i}` } });
  } catch (e) {
    failures.push(e instanceof Error ? e.message : String(e));
  }
}
store.close();
process.stdout.write(JSON.stringify({ failures }));
