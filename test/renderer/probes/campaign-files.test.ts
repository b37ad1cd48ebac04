import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { campaignFileTexts } from '../../../renderer/probes/campaign-files';

/** A file as a folder picker gives it: its path below the chosen folder in webkitRelativePath. */
function inFolder(path: string, content: string): File {
  const file = new File([content], path.split('/').pop()!);
  Object.defineProperty(file, 'webkitRelativePath', { value: path });
  return file;
}

describe('a campaign the user chose in the Probes step', () => {
  it('is the JSON files of its folder, named by their path in it', async () => {
    const files = await campaignFileTexts([
      inFolder('campaign/campaign.json', '{"kind":"oe-port-planner/campaign"}'),
      inFolder('campaign/reports/oe1.json', '{"a":1}'),
      inFolder('campaign/playbook.yml', '- hosts: all'),
    ]);
    expect(files).toEqual([
      { name: 'campaign/campaign.json', content: '{"kind":"oe-port-planner/campaign"}' },
      { name: 'campaign/reports/oe1.json', content: '{"a":1}' },
    ]);
  });

  it('or the JSON files of a zip of it, without a zip tool’s hidden files', async () => {
    const zip = zipSync({
      'c/campaign.json': strToU8('{"n":"=1+1"}'),
      'c/reports/oe2.json': strToU8('{"b":2}'),
      '__MACOSX/.c/reports/._oe2.json': strToU8('junk'),
      'c/inventory.yml': strToU8('all: {}'),
    });
    const files = await campaignFileTexts([new File([zip], 'campaign.zip')]);
    expect(files.map((f) => f.name).sort()).toEqual(['c/campaign.json', 'c/reports/oe2.json']);
    expect(files.find((f) => f.name === 'c/campaign.json')!.content).toBe('{"n":"=1+1"}');
  });
});
