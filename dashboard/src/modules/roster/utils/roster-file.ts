import type { RosterImportResultFieldsFragment } from '../../api/generated/graphql';

/** The API's limit on an uploaded roster, after decoding. */
export const MAX_ROSTER_BYTES = 1024 * 1024;

export const ROSTER_ACCEPT =
  '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

export type RosterFileProblem = 'tooLarge' | 'wrongType';

/** What the page can tell before sending: the type by name, the size. */
export function rosterFileProblem(file: { name: string; size: number }): RosterFileProblem | null {
  if (!/\.(xlsx|csv)$/i.test(file.name)) return 'wrongType';
  if (file.size > MAX_ROSTER_BYTES) return 'tooLarge';
  return null;
}

/** A file's bytes as base64 (the `contentBase64` of `importRoster`). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}

/** Rows a real run would write: new, updated and moved. */
export const changesOf = (result: RosterImportResultFieldsFragment): number =>
  result.newRows + result.updatedRows + result.movedRows;

/** A problem's params as the translation takes them. */
export const paramsOf = (params: readonly { name: string; value: string }[]) =>
  Object.fromEntries(params.map((param) => [param.name, param.value]));
