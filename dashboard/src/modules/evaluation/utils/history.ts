import type { Period, Predicate } from '../../api/generated/graphql';
import { PERIODS } from '../../cycles/utils/cycles';

interface HistoryItem {
  id: string;
  period?: Period | null;
  predicate?: Predicate | null;
  revision?: number | null;
  supersededAt?: string | null;
  cycle?: { year: number } | null;
}

export interface HistoryYear<T> {
  year: number;
  /** Newest period first, the latest revision of a period before the replaced ones. */
  evaluations: T[];
  /** The in-force predicate of each period, in period order (TW1 … Tahunan). */
  predicates: { period: Period; predicate: Predicate | null }[];
}

/** Evaluations by cycle year, newest year first; each year's in-force predicates for one line. */
export function groupByYear<T extends HistoryItem>(evaluations: readonly T[]): HistoryYear<T>[] {
  const years = new Map<number, T[]>();
  for (const evaluation of evaluations) {
    const year = evaluation.cycle?.year ?? 0;
    years.set(year, [...(years.get(year) ?? []), evaluation]);
  }
  const periodIndex = (item: T) => PERIODS.indexOf(item.period ?? 'TW1');
  return [...years.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, items]) => {
      const ordered = [...items].sort(
        (a, b) => periodIndex(b) - periodIndex(a) || (b.revision ?? 0) - (a.revision ?? 0),
      );
      const inForce = ordered.filter((item) => !item.supersededAt);
      return {
        year,
        evaluations: ordered,
        predicates: [...inForce]
          .sort((a, b) => periodIndex(a) - periodIndex(b))
          .map((item) => ({ period: item.period ?? 'TW1', predicate: item.predicate ?? null })),
      };
    });
}

/** The year whose group holds the evaluation `id`, or null. */
export function yearOf<T extends HistoryItem>(
  groups: readonly HistoryYear<T>[],
  id: string | null,
) {
  if (!id) return null;
  return groups.find((group) => group.evaluations.some((item) => item.id === id))?.year ?? null;
}
