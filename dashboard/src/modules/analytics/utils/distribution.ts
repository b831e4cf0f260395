import { PREDICATES } from '../../evaluation/types';
import type { DistributionGroup, PredicateCountItem, UnitSummary } from '../types';
import { PERIOD_ORDER } from './trend';
import type { Period, Predicate } from '../../api/generated/graphql';

export type PredicateCounts = Record<Predicate, number>;

export function countsByPredicate(counts: readonly PredicateCountItem[] | null): PredicateCounts {
  const result = Object.fromEntries(
    PREDICATES.map((predicate) => [predicate, 0]),
  ) as PredicateCounts;
  for (const item of counts ?? []) result[item.predicate] += item.count;
  return result;
}

export interface StackedRow extends PredicateCounts {
  key: string;
  label: string;
  total: number;
}

/** Per-period distribution of a team → one stacked bar per period, in period order. */
export function periodStackedRows(
  periods: readonly { period: Period; counts: readonly PredicateCountItem[] }[],
  periodLabel: (period: Period) => string = (period) => period,
): StackedRow[] {
  return [...periods]
    .sort((a, b) => PERIOD_ORDER.indexOf(a.period) - PERIOD_ORDER.indexOf(b.period))
    .map(({ period, counts }) => {
      const byPredicate = countsByPredicate(counts);
      return {
        key: period,
        label: periodLabel(period),
        ...byPredicate,
        total: PREDICATES.reduce((sum, predicate) => sum + byPredicate[predicate], 0),
      };
    });
}

export interface GroupRow extends StackedRow {
  suppressed: boolean;
}

/**
 * De-identified groups → rows; a suppressed group (under five people) keeps its name but no
 * numbers. `chart` holds the groups that can be drawn, `suppressed` the names of the others.
 */
export function groupRows(groups: readonly DistributionGroup[]): {
  rows: GroupRow[];
  chart: GroupRow[];
  suppressed: string[];
} {
  const rows = groups.map<GroupRow>((group) => {
    const byPredicate = countsByPredicate(group.suppressed ? null : group.counts);
    return {
      key: group.group,
      label: group.group,
      suppressed: group.suppressed,
      ...byPredicate,
      total: group.suppressed
        ? 0
        : (group.total ?? PREDICATES.reduce((sum, predicate) => sum + byPredicate[predicate], 0)),
    };
  });
  return {
    rows,
    chart: rows.filter((row) => !row.suppressed),
    suppressed: rows.filter((row) => row.suppressed).map((row) => row.label),
  };
}

export interface UnitRow {
  key: string;
  label: string;
  members: number;
  approvedPlans: number;
  planCompletion: number;
  evaluationsDone: number;
  evaluationsExpected: number;
  evaluationCompletion: number | null;
  averageAchievement: number | null;
}

const oneDecimal = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

export function unitRows(units: readonly UnitSummary[]): UnitRow[] {
  return units.map((unit) => ({
    key: unit.unitId,
    label: unit.unit?.name ?? unit.unitId,
    members: unit.members,
    approvedPlans: unit.approvedPlans,
    planCompletion: oneDecimal(unit.planCompletion) ?? 0,
    evaluationsDone: unit.evaluationsDone,
    evaluationsExpected: unit.evaluationsExpected,
    evaluationCompletion: oneDecimal(unit.evaluationCompletion),
    averageAchievement: oneDecimal(unit.averageAchievement),
  }));
}
