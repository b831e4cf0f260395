/** Targets in the API's order (sortOrder, then id), which submit errors (`workTargets[i]`) use. */
export function sortTargets<T extends { id: string; sortOrder?: number | null }>(
  targets: readonly T[] | null | undefined,
): T[] {
  return [...(targets ?? [])].sort(
    (a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0) || Number(a.id) - Number(b.id),
  );
}
