// A second planner on the same library: autosaves a plan shared with the other process and one of
// its own, `count` times each as fast as it can, and prints what failed and which revisions it
// saw. Run by failures.test.ts as a separate process.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../../../electron/services/store';

/** How long to wait for the test's "go" before giving up (the test may have ended). */
const WAIT_FOR_GO_MS = 120_000;

const [dataDir, sharedId, who, count] = process.argv.slice(2) as [string, string, string, string];
// Each save of this process is 61 s after the one before, so its own plan's autosaves never
// coalesce: every save is a revision of its own.
let tick = 0;
const store = openStore(dataDir, { now: () => new Date(Date.UTC(2030, 0, 1) + 61_000 * tick++) });
const own = store.plans.create({ schemaVersion: 1, project: { name: `${who} own start` } });
// Both processes start saving at the same moment: each says it is ready, then waits for "go".
writeFileSync(join(dataDir, `ready-${who}`), '');
const pause = new Int32Array(new SharedArrayBuffer(4));
const giveUp = Date.now() + WAIT_FOR_GO_MS;
while (!existsSync(join(dataDir, 'go'))) {
  if (Date.now() > giveUp) {
    process.stderr.write(`saver ${who}: no "go" in ${WAIT_FOR_GO_MS} ms, giving up\n`);
    process.exit(2);
  }
  Atomics.wait(pause, 0, 0, 5);
}
const failures: string[] = [];
const sharedRevisions: number[] = [];
const attempt = (run: () => void) => {
  try {
    run();
  } catch (e) {
    failures.push(e instanceof Error ? e.message : String(e));
  }
};
for (let i = 0; i < Number(count); i++) {
  attempt(() => {
    const saved = store.plans.save(sharedId, {
      schemaVersion: 1,
      project: { name: `${who} ${i}` },
      nodes: [{ name: `n${i}` }],
    });
    sharedRevisions.push(saved.revision);
  });
  attempt(() =>
    store.plans.save(own.id, { schemaVersion: 1, project: { name: `${who} own ${i}` } }),
  );
  if (i % 10 === 0) {
    attempt(() => store.plans.create({ schemaVersion: 1, project: { name: `${who} new ${i}` } }));
  }
}
store.close();
process.stdout.write(JSON.stringify({ failures, ownId: own.id, sharedRevisions }));
