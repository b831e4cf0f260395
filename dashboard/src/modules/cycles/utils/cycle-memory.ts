export const CYCLE_STORAGE_KEY = 'kinerja.cycle';

// The cycle chosen on one page is the default of the next (Beranda's cards, the team pages): kept
// for the browser tab. Storage can throw (private mode): then each page starts from its default.
export function readRememberedCycle(
  storage: Storage | undefined = globalThis.sessionStorage,
): string | null {
  try {
    return storage?.getItem(CYCLE_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function rememberCycle(
  id: string,
  storage: Storage | undefined = globalThis.sessionStorage,
): void {
  try {
    storage?.setItem(CYCLE_STORAGE_KEY, id);
  } catch {
    // Not remembering is acceptable; the URL still carries the choice on this page.
  }
}
