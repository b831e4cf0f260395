import { CycleStatus } from '../../../modules/cycle/cycle.enums';
import { DRIVERS } from '../../../testing/databases';
import { codesOf, type GraphQLResult } from '../../../testing/graphql-client';
import { type ApprovedPlan, createApprovedPlan, createCycle } from '../../../testing/plan-fixtures';
import { useSmallOrg } from '../../../testing/suite';

// The readable list/get recipe (ReadableRows) seen through two of the lists built on it.
const PLAN = 'query ($id: ID!) { performancePlan(id: $id) { id } }';
const PLANS = `query ($filter: PerformancePlanFilter, $first: Int, $after: String) {
  performancePlans(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id } }
  }
}`;
const EMPLOYEES = `query ($supervisorId: ID!) {
  employees(filter: { supervisorId: $supervisorId }) { totalCount }
}`;

const idsOf = (result: GraphQLResult) =>
  (result.data?.performancePlans.edges as { node: { id: string } }[]).map((edge) => edge.node.id);
const fieldsOf = (result: GraphQLResult) =>
  ((result.errors?.[0]?.extensions?.fields ?? []) as { field: string }[]).map((f) => f.field);

describe.each(DRIVERS)('readable rows on %s', (kind) => {
  // Five more staff alike in everything an analyst reads: the analyst may read them.
  const t = useSmallOrg(kind, { extraStaffInA: 5 });
  let cycleId: number;
  const plans: Record<'staffA1' | 'staffA2' | 'staffB1', ApprovedPlan> = {} as never;

  beforeAll(async () => {
    cycleId = await createCycle(t.db.dataSource, 2026, CycleStatus.ACTIVE);
    for (const name of ['staffA1', 'staffA2', 'staffB1'] as const)
      plans[name] = await createApprovedPlan(t.db.dataSource, {
        employeeId: t.org.people[name].id,
        cycleId,
      });
  });

  it('gets a readable row, and answers NOT_FOUND alike for an unreadable and a missing one', async () => {
    const own = await t.client.as(t.org.people.staffA1.nip, PLAN, {
      id: String(plans.staffA1.planId),
    });
    expect(own.data?.performancePlan.id).toBe(String(plans.staffA1.planId));
    const colleague = await t.client.as(t.org.people.staffA2.nip, PLAN, {
      id: String(plans.staffA1.planId),
    });
    const missing = await t.client.as(t.org.people.staffA2.nip, PLAN, { id: '999999' });
    expect(codesOf(colleague)).toEqual(['NOT_FOUND']);
    expect(colleague.errors?.[0].message).toBe(
      missing.errors?.[0].message.replace('999999', String(plans.staffA1.planId)),
    );
  });

  it('lists only readable rows, in id order, a page at a time, counting only what it lists', async () => {
    const first = await t.client.as(t.org.people.kasiA.nip, PLANS, { first: 1 });
    expect(first.data?.performancePlans).toMatchObject({
      totalCount: 2,
      pageInfo: { hasNextPage: true },
    });
    const next = await t.client.as(t.org.people.kasiA.nip, PLANS, {
      first: 1,
      after: first.data?.performancePlans.pageInfo.endCursor,
    });
    expect([...idsOf(first), ...idsOf(next)]).toEqual(
      [plans.staffA1.planId, plans.staffA2.planId].map(String),
    );
    expect(next.data?.performancePlans.pageInfo.hasNextPage).toBe(false);
  });

  it.each([
    ['the cycle', 'camat', { cycleId: 'CYCLE' }, ['staffA1', 'staffA2', 'staffB1']],
    ['the employee', 'camat', { employeeId: 'staffB1' }, ['staffB1']],
    ['the unit of the kasi', 'camat', { unitId: 'UNIT_A' }, ['staffA1', 'staffA2']],
    ['the evaluator', 'camat', { evaluatorId: 'kasiA' }, ['staffA1', 'staffA2']],
    ['the evaluator, seen by a colleague', 'staffA2', { evaluatorId: 'kasiA' }, ['staffA2']],
  ] as const)('filters by %s as %s', async (_case, viewer, filter, expected) => {
    const idOf = (value: string) =>
      value === 'CYCLE'
        ? cycleId
        : value === 'UNIT_A'
          ? t.org.units.unitA.id
          : t.org.people[value as 'kasiA' | 'staffB1'].id;
    const result = await t.client.as(
      viewer === 'camat' ? 'camat' : t.org.people[viewer].nip,
      PLANS,
      {
        filter: Object.fromEntries(
          Object.entries(filter).map(([key, value]) => [key, String(idOf(value))]),
        ),
      },
    );
    expect(idsOf(result)).toEqual(expected.map((name) => String(plans[name].planId)));
  });

  it('names the filter field of an id that is no id', async () => {
    const result = await t.client.as(t.org.people.kasiA.nip, PLANS, {
      filter: { cycleId: String(cycleId), evaluatorId: 'kasiA' },
    });
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(result)).toEqual(['filter.evaluatorId']);
  });

  it('matches an id filter on a field only where the viewer may read that field', async () => {
    const supervisorId = String(t.org.people.kasiA.id);
    const hr = await t.client.as('admin', EMPLOYEES, { supervisorId });
    const analyst = await t.client.as('analis', EMPLOYEES, { supervisorId });
    expect(hr.data?.employees.totalCount).toBe(7);
    expect(analyst.data?.employees.totalCount).toBe(0);
    // The analyst reads the employees themselves, only not who supervises them.
    const everyone = await t.client.as('analis', '{ employees { totalCount } }');
    expect(everyone.data?.employees.totalCount).toBe(5);
  });
});
