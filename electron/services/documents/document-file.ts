import { documentFileName, type DocumentEntry, type FileNameParts } from '../../../shared/export';

/** A rendered file: what the command line writes and the app hands to a download. */
export interface RenderedFile {
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
  /** The rules it is about: the plan's firewall rules, or the changed rules of a comparison. */
  ruleCount: number;
  /** PDF only. */
  pageCount?: number;
}

/** What a renderer gives: the bytes, and for a PDF its pages. */
export interface RenderedBody {
  bytes: Uint8Array;
  pageCount?: number;
}

export const utf8 = (text: string): RenderedBody => ({ bytes: new TextEncoder().encode(text) });

/** A rendered body as the file of its registry entry: its name, its media type. */
export function documentFile(
  document: DocumentEntry,
  name: FileNameParts,
  body: RenderedBody,
  ruleCount: number,
): RenderedFile {
  return {
    fileName: documentFileName(document, name),
    mediaType: document.mediaType,
    bytes: body.bytes,
    ruleCount,
    ...(body.pageCount === undefined ? {} : { pageCount: body.pageCount }),
  };
}
