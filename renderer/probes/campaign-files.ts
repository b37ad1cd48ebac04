import { unzipSync } from 'fflate';

/** A campaign's file as the backend reads it: its path in the folder or zip, and its text. */
export interface CampaignFileText {
  name: string;
  content: string;
}

const isJson = (name: string) => name.toLowerCase().endsWith('.json');
const isZip = (name: string) => name.toLowerCase().endsWith('.zip');

/**
 * The JSON files of a campaign the user chose: a zip of its folder, or the folder itself (its
 * campaign.json and reports/). Hidden files (a zip tool's metadata) are left out.
 */
export async function campaignFileTexts(files: readonly File[]): Promise<CampaignFileText[]> {
  const zip = files.length === 1 && isZip(files[0]!.name) ? files[0] : undefined;
  if (zip) {
    const entries = unzipSync(new Uint8Array(await zip.arrayBuffer()), {
      filter: (f) => isJson(f.name),
    });
    const decoder = new TextDecoder();
    return Object.entries(entries)
      .filter(([name]) => !name.split('/').some((part) => part.startsWith('.')))
      .map(([name, data]) => ({ name, content: decoder.decode(data) }));
  }
  const chosen = files.filter((f) => isJson(f.name));
  return Promise.all(
    chosen.map(async (f) => ({ name: f.webkitRelativePath || f.name, content: await f.text() })),
  );
}
