import type { FieldProblem } from '../../../platform/graphql/errors';
import { PREDICATE_LEVEL } from '../../evaluation/utils/predicate.util';
import { PlanStatus } from '../../plan/plan.enums';
import { type TeamMember, type TeamMemberFilter, TeamMemberSort } from '../analytics.types';

/** The largest team member page; the Camat's line fits in a few. */
export const MAX_TEAM_PAGE_SIZE = 100;
export const DEFAULT_TEAM_PAGE_SIZE = 25;

/** How far an SKP has come, for ordering: none first, approved last. */
const PLAN_ORDER: Record<PlanStatus, number> = {
  [PlanStatus.DRAFT]: 1,
  [PlanStatus.RETURNED]: 2,
  [PlanStatus.SUBMITTED]: 3,
  [PlanStatus.APPROVED]: 4,
};

export interface Person {
  name: string;
  nip: string;
  unitId: number;
}

/** Problems of the paging arguments (offset from 0, limit 1–MAX_TEAM_PAGE_SIZE); empty when fine. */
export function teamPageProblems({ offset, limit }: { offset: number; limit: number }) {
  const problems: FieldProblem[] = [];
  if (!Number.isInteger(offset) || offset < 0)
    problems.push({
      field: 'offset',
      reason: 'NON_NEGATIVE_NUMBER',
      message: 'must be a whole number of at least 0',
    });
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_TEAM_PAGE_SIZE)
    problems.push({
      field: 'limit',
      reason: 'PAGE_SIZE',
      message: `must be between 1 and ${MAX_TEAM_PAGE_SIZE}`,
      params: { min: 1, max: MAX_TEAM_PAGE_SIZE },
    });
  return problems;
}

const lateOf = (member: TeamMember) => member.overdueRealizations + member.overdueEvaluations > 0;

function sortKey(member: TeamMember, sort: TeamMemberSort): number {
  switch (sort) {
    case TeamMemberSort.PREDICATE:
      return member.latestPredicate === null ? -1 : PREDICATE_LEVEL[member.latestPredicate];
    case TeamMemberSort.ACHIEVEMENT:
      return member.latestAchievement ?? -1;
    case TeamMemberSort.PLAN_STATUS:
      return member.planStatus === null ? 0 : PLAN_ORDER[member.planStatus];
    case TeamMemberSort.OVERDUE_REALIZATIONS:
      return member.overdueRealizations;
    case TeamMemberSort.OVERDUE_EVALUATIONS:
      return member.overdueEvaluations;
    case TeamMemberSort.JP_DONE:
      // A page is always read with the members' JP (TeamDashboardService.forUnit).
      return member.jpDone!;
    case TeamMemberSort.NAME:
      return 0;
  }
}

/**
 * One page of a team already limited to what the viewer may see: filtered (name or NIP, unit,
 * plan status, latest predicate, late, JP), ordered by a column (ties by name, then id), then cut.
 * `inUnits`: the filter's unit and the units below it, when the filter names a unit.
 */
export function pageTeamMembers({
  members,
  people,
  filter,
  inUnits = null,
  sort,
  descending,
  offset,
  limit,
  locale = 'id',
}: {
  members: readonly TeamMember[];
  people: ReadonlyMap<number, Person>;
  filter: Omit<TeamMemberFilter, 'unitId'>;
  inUnits?: ReadonlySet<number> | null;
  sort: TeamMemberSort;
  descending: boolean;
  offset: number;
  limit: number;
  locale?: string;
}) {
  const search = filter.search?.trim().toLocaleLowerCase(locale) ?? '';
  const nameOf = (member: TeamMember) => people.get(member.employeeId)?.name ?? '';
  const matching = members.filter((member) => {
    const person = people.get(member.employeeId);
    if (
      search &&
      !(person?.name.toLocaleLowerCase(locale).includes(search) || person?.nip.includes(search))
    )
      return false;
    if (inUnits && !(person && inUnits.has(person.unitId))) return false;
    if (filter.withoutPlan === true && member.planStatus !== null) return false;
    if (filter.withoutPlan === false && member.planStatus === null) return false;
    if (filter.planStatus && member.planStatus !== filter.planStatus) return false;
    if (filter.predicate && member.latestPredicate !== filter.predicate) return false;
    if (typeof filter.late === 'boolean' && lateOf(member) !== filter.late) return false;
    if (typeof filter.belowJpTarget === 'boolean' && member.belowJpTarget !== filter.belowJpTarget)
      return false;
    return true;
  });
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const direction = descending ? -1 : 1;
  const ordered = [...matching].sort(
    (a, b) =>
      direction *
        (sort === TeamMemberSort.NAME
          ? collator.compare(nameOf(a), nameOf(b))
          : sortKey(a, sort) - sortKey(b, sort)) ||
      collator.compare(nameOf(a), nameOf(b)) ||
      a.employeeId - b.employeeId,
  );
  return {
    totalCount: matching.length,
    offset,
    members: ordered.slice(offset, offset + limit),
  };
}
