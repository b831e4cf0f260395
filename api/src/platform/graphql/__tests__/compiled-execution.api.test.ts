import { execute, parse } from 'graphql';
import { createContext } from '../context';
import { DRIVERS } from '../../../testing/databases';
import type { GraphQLResult } from '../../../testing/graphql-client';
import {
  createApprovedPlan,
  createCycle,
  createFinalEvaluation,
} from '../../../testing/plan-fixtures';
import { useSmallOrg } from '../../../testing/suite';
import { Period } from '../../../modules/cycle/cycle.enums';
import { Rating } from '../../../modules/evaluation/evaluation.enums';

/** The dashboard's heaviest reads (those of `npm run bench`), with fields some roles may not read. */
const OPERATIONS: [string, string][] = [
  [
    'team dashboard',
    `query ($unitId: ID!, $cycleId: ID!) { teamDashboard(unitId: $unitId, cycleId: $cycleId) {
      unitId cycleId
      members { employeeId employee { id name nip } planStatus latestPredicate latestPeriod latestAchievement
        overdueRealizations overdueEvaluations predicateLevels }
      predicateDistribution { period counts { predicate count } }
      averageTrend { cycleYear period averagePredicateLevel averageAchievement evaluated }
      pendingActions { kind employeeId planId period objectionId employee { id name } }
      curveCheck { total passed }
      memberPage(limit: 3) { totalCount members { employeeId } } } }`,
  ],
  [
    'directory',
    `query ($unitId: ID) { employees(first: 50, filter: { unitId: $unitId }) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id name nip phone unit { name } position { title } supervisor { name nip } } } } }`,
  ],
  [
    'trend',
    `query ($employeeId: ID!) { performanceTrend(employeeId: $employeeId) {
      cycleYear period predicate predicateLevel resultRating behaviorRating achievement } }`,
  ],
  [
    'curve',
    `query ($unitId: ID!, $cycleId: ID!) { distributionCheck(unitId: $unitId, cycleId: $cycleId) {
      total passed counts { predicate count } rules { rule passed count } } }`,
  ],
];

/** Data, and each error as "path code" (sorted): what a client can tell apart. */
const seen = (result: Partial<Pick<GraphQLResult, 'data' | 'errors'>>) => ({
  data: JSON.parse(JSON.stringify(result.data ?? null)) as unknown,
  errors: (result.errors ?? [])
    .map((error) => `${error.path?.join('.')} ${String(error.extensions?.code)}`)
    .sort(),
});

describe.each(DRIVERS)('compiled execution on %s', (kind) => {
  const t = useSmallOrg(kind);
  let cycleId = 0;
  beforeAll(async () => {
    const ds = t.db.dataSource;
    cycleId = await createCycle(ds, 2026);
    const top = await createApprovedPlan(ds, { employeeId: t.org.people.camat.id, cycleId });
    const { camat: _camat, ...others } = t.org.people;
    for (const person of Object.values(others)) {
      const plan = await createApprovedPlan(ds, {
        employeeId: person.id,
        cycleId,
        parentTargetId: top.targetId,
      });
      await createFinalEvaluation(ds, plan, {
        period: Period.TW1,
        resultRating: Rating.SESUAI_EKSPEKTASI,
        behaviorRating: Rating.DI_ATAS_EKSPEKTASI,
        achievement: 100,
      });
    }
  }, 60_000);

  it.each(['admin', 'camat', 'kasiA', 'staffA1', 'analis'])(
    'answers the bench’s reads as %s exactly as graphql-js does',
    async (who) => {
      const viewer = await t.client.viewer(
        who === 'kasiA' || who === 'staffA1' ? t.org.people[who].nip : who,
      );
      const variables = {
        unitId: String(t.org.units.unitA.id),
        cycleId: String(cycleId),
        employeeId: String(t.org.people.staffA1.id),
      };
      let answered = 0;
      for (const [label, query] of OPERATIONS) {
        const compiled = await t.client.run(viewer, query, variables);
        const interpreted = await execute({
          schema: t.client.server.schema,
          document: parse(query),
          variableValues: variables,
          contextValue: createContext({
            dataSource: t.db.dataSource,
            viewer,
            clientAddress: '127.0.0.1',
          }),
        });
        expect({ label, ...seen(compiled) }).toEqual({ label, ...seen(interpreted) });
        if (compiled.data && Object.values(compiled.data).some((value) => value !== null))
          answered += 1;
      }
      // Not merely the same refusals: every role reads something (analysts the curve only).
      expect(answered).toBeGreaterThanOrEqual(1);
    },
  );

  it('answers variables that do not coerce with BAD_USER_INPUT naming the variable', async () => {
    const result = await t.client.as('admin', OPERATIONS[2][1], { employeeId: { id: 1 } });
    expect(result.data).toBeUndefined();
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0].message).toMatch(/\$employeeId/);
  });
});
