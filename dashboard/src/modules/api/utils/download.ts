/** Why a download failed, for the message shown beside its button. */
export type DownloadFailure = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'NETWORK' | 'SERVER';

export class DownloadError extends Error {
  constructor(readonly failure: DownloadFailure) {
    super(`Download failed: ${failure}`);
  }
}

/** `attachment; filename="SKP_1990….pdf"` → the file name; the fallback otherwise. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const match = disposition ? /filename="?([^";]+)"?/i.exec(disposition) : null;
  return match?.[1] ?? fallback;
}

export function failureOf(status: number): DownloadFailure {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  return 'SERVER';
}

/**
 * Fetches a document (PDF, xlsx) with the session's bearer token and hands it to the browser as
 * a file, named as the server says. The API answers JSON errors, never a file, on refusal.
 */
export async function fetchFile({
  url,
  token,
  fallbackName,
  fetchImpl = fetch,
}: {
  url: string;
  token: string | null;
  fallbackName: string;
  fetchImpl?: typeof fetch;
}): Promise<{ blob: Blob; fileName: string }> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  } catch {
    throw new DownloadError('NETWORK');
  }
  if (!response.ok) throw new DownloadError(failureOf(response.status));
  return {
    blob: await response.blob(),
    fileName: fileNameOf(response.headers.get('content-disposition'), fallbackName),
  };
}

/** Saves a blob under a file name through a temporary link (no pop-up, works on phones). */
export function saveFile(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
