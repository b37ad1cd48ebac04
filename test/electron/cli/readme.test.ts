import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../../electron/cli/program';
import { cli } from '../../support/cli';

// README's command line examples, run as a newcomer types them: every `npm run -s cli -- …` line of
// its ```sh blocks, in process through runCli, with --out redirected into a temporary folder.

const ROOT = join(import.meta.dirname, '../../..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const PREFIX = 'npm run -s cli -- ';

/** The command lines of README's ```sh blocks that run the command line. */
function readmeExamples(): string[] {
  const blocks = [...README.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
  return blocks
    .flatMap((block) => block.split('\n'))
    .map((line) => line.trim())
    .filter((line) => line.startsWith(PREFIX) || line.startsWith('oe-ports '));
}

const argsOf = (line: string): string[] =>
  line
    .slice(line.startsWith(PREFIX) ? PREFIX.length : 'oe-ports '.length)
    .split(/\s+/)
    .filter(Boolean);

const work = mkdtempSync(join(tmpdir(), 'oe-readme-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The plan a probe line names, whose every address must be this machine's (loopback). */
function loopbackOnly(args: string[]): void {
  const plan = readFileSync(join(ROOT, args[args.indexOf('--plan') + 1]!), 'utf8');
  const addresses = [...plan.matchAll(/"address":\s*"([^"]+)"/g)].map((m) => m[1]!);
  expect(addresses.length).toBeGreaterThan(0);
  for (const address of addresses) expect(address).toMatch(/^(127\.\d+\.\d+\.\d+|::1)$/);
}

const examples = readmeExamples();

describe('README’s command line examples', () => {
  it('are there: the commands a newcomer tries first', () => {
    expect(examples.length).toBeGreaterThanOrEqual(9);
    const commands = new Set(examples.map((line) => argsOf(line)[0]));
    for (const command of ['--version', 'validate', 'matrix', 'export', 'probe', 'respond'])
      expect(commands).toContain(command);
    // Every file a line names exists in a fresh clone.
    for (const line of examples) {
      for (const arg of argsOf(line).filter((a) => a.endsWith('.oeplan.json'))) {
        expect(() => readFileSync(join(ROOT, arg)), `${line}: ${arg}`).not.toThrow();
      }
      expect(line, 'no quoting: the test splits on spaces').not.toMatch(/["'\\]/);
    }
  });

  it.each(examples.filter((line) => argsOf(line)[0] !== 'respond'))(
    'runs as written: %s',
    async (line) => {
      const args = argsOf(line);
      const out = args.indexOf('--out');
      if (out >= 0) args[out + 1] = join(work, basename(args[out + 1]!));
      if (args[0] === 'probe') loopbackOnly(args);
      const result = await cli(args);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      if (out >= 0) expect(statSync(args[out + 1]!).size).toBeGreaterThan(0);
      else expect(result.stdout).not.toBe('');
    },
    60_000,
  );

  it.each(examples.filter((line) => argsOf(line)[0] === 'respond'))(
    'parses (it would listen for its --ttl, so only its options are checked): %s',
    async (line) => {
      const args = argsOf(line);
      loopbackOnly(args);
      const program = buildProgram();
      let given: Record<string, unknown> | undefined;
      program.commands
        .find((c) => c.name() === 'respond')!
        .action((options: Record<string, unknown>) => {
          given = options;
        });
      await program.parseAsync(args, { from: 'user' });
      const ttl = args.indexOf('--ttl');
      expect(given).toMatchObject({
        as: args[args.indexOf('--as') + 1],
        ...(ttl < 0 ? {} : { ttl: Number(args[ttl + 1]) }),
      });
    },
  );
});
