import { Predicate } from '../../../evaluation/evaluation.enums';
import { PlanStatus } from '../../../plan/plan.enums';
import { type TeamMember, type TeamMemberFilter, TeamMemberSort } from '../../analytics.types';
import { pageTeamMembers, teamPageProblems } from '../team-member-page.util';

const member = (
  employeeId: number,
  planStatus: PlanStatus | null,
  latestPredicate: Predicate | null,
  latestAchievement: number | null,
  overdueRealizations = 0,
  overdueEvaluations = 0,
  jpDone = 20,
): TeamMember => ({
  employeeId,
  planStatus,
  latestPredicate,
  latestPeriod: null,
  latestAchievement,
  overdueRealizations,
  overdueEvaluations,
  predicateLevels: [],
  jpDone,
  belowJpTarget: jpDone < 20,
});

const MEMBERS = [
  member(1, PlanStatus.APPROVED, Predicate.BAIK, 100, 0, 0, 4),
  member(2, PlanStatus.SUBMITTED, null, null, 4, 1, 12),
  member(3, null, null, null, 0, 2),
  member(4, PlanStatus.APPROVED, Predicate.SANGAT_BAIK, 120, 1),
  member(5, PlanStatus.DRAFT, Predicate.KURANG, 60),
];
const PEOPLE = new Map([
  [1, { name: 'Budi Santoso', nip: '198001012005011001', unitId: 10 }],
  [2, { name: 'ani Rahma', nip: '199002022015022002', unitId: 11 }],
  [3, { name: 'Citra Dewi', nip: '198503032010012003', unitId: 12 }],
  [4, { name: 'Dedi Kurnia', nip: '197704042000031004', unitId: 11 }],
  [5, { name: 'Eka Putri', nip: '199505052020122005', unitId: 20 }],
]);

const ids = (
  filter: TeamMemberFilter,
  sort = TeamMemberSort.NAME,
  descending = false,
  inUnits: ReadonlySet<number> | null = null,
) =>
  pageTeamMembers({
    members: MEMBERS,
    people: PEOPLE,
    filter,
    inUnits,
    sort,
    descending,
    offset: 0,
    limit: 10,
  }).members.map((m) => m.employeeId);

describe('pageTeamMembers', () => {
  it.each<[string, TeamMemberSort, boolean, number[]]>([
    ['name, case-blind', TeamMemberSort.NAME, false, [2, 1, 3, 4, 5]],
    ['name, Z first', TeamMemberSort.NAME, true, [5, 4, 3, 1, 2]],
    ['predicate, best first, none last', TeamMemberSort.PREDICATE, true, [4, 1, 5, 2, 3]],
    ['achievement, lowest first, none first', TeamMemberSort.ACHIEVEMENT, false, [2, 3, 5, 1, 4]],
    ['plan status, none first', TeamMemberSort.PLAN_STATUS, false, [3, 5, 2, 1, 4]],
    ['late reports, most first', TeamMemberSort.OVERDUE_REALIZATIONS, true, [2, 4, 1, 3, 5]],
    ['late evaluations, most first', TeamMemberSort.OVERDUE_EVALUATIONS, true, [3, 2, 1, 4, 5]],
    ['JP done, fewest first', TeamMemberSort.JP_DONE, false, [1, 2, 3, 4, 5]],
  ])('orders by %s', (_, sort, descending, expected) => {
    expect(ids({}, sort, descending)).toEqual(expected);
  });

  it.each<[string, TeamMemberFilter, number[]]>([
    ['part of a name, any case', { search: 'DEWI' }, [3]],
    ['part of a NIP', { search: '19770404' }, [4]],
    ['plan status', { planStatus: PlanStatus.APPROVED }, [1, 4]],
    ['no plan', { withoutPlan: true }, [3]],
    ['with a plan', { withoutPlan: false }, [2, 1, 4, 5]],
    ['latest predicate', { predicate: Predicate.KURANG }, [5]],
    ['late', { late: true }, [2, 3, 4]],
    ['not late', { late: false }, [1, 5]],
    ['below the JP target', { belowJpTarget: true }, [2, 1]],
    ['at or above the JP target', { belowJpTarget: false }, [3, 4, 5]],
    ['all conditions at once', { late: true, planStatus: PlanStatus.APPROVED }, [4]],
    ['nothing matching', { search: 'zzz' }, []],
  ])('filters by %s', (_, filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  // Units 10 (with 11 and 12 below it) and 20; the set is the filter's unit and its sub-units.
  it.each<[string, number[] | null, TeamMemberFilter, number[]]>([
    ['no unit', null, {}, [2, 1, 3, 4, 5]],
    ['a unit and the units below it', [10, 11, 12], {}, [2, 1, 3, 4]],
    ['a leaf unit', [11], {}, [2, 4]],
    ['a unit and another condition', [11], { late: true }, [2, 4]],
    ['a unit and a search outside it', [20], { search: 'budi' }, []],
    ['a unit no member sits in', [99], {}, []],
  ])('filters by unit: %s', (_, units, filter, expected) => {
    expect(ids(filter, TeamMemberSort.NAME, false, units && new Set(units))).toEqual(expected);
  });

  it('cuts a page and counts every match', () => {
    const page = pageTeamMembers({
      members: MEMBERS,
      people: PEOPLE,
      filter: {},
      sort: TeamMemberSort.NAME,
      descending: false,
      offset: 2,
      limit: 2,
    });
    expect(page).toMatchObject({ totalCount: 5, offset: 2 });
    expect(page.members.map((m) => m.employeeId)).toEqual([3, 4]);
  });

  it.each<[number, number, string[]]>([
    [0, 25, []],
    [-1, 25, ['offset']],
    [1.5, 25, ['offset']],
    [0, 0, ['limit']],
    [0, 101, ['limit']],
    [-3, 500, ['offset', 'limit']],
  ])('checks offset %p and limit %p', (offset, limit, fields) => {
    expect(teamPageProblems({ offset, limit }).map((p) => p.field)).toEqual(fields);
  });
});
