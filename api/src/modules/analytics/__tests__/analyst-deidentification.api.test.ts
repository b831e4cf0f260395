import { createContext } from '../../../platform/graphql/context';
import { readableRows } from '../../../platform/authz/field-guard';
import { DRIVERS } from '../../../testing/databases';
import { codesOf, type GraphQLResult } from '../../../testing/graphql-client';
import {
  type ApprovedPlan,
  createApprovedPlan,
  createCycle,
  createFinalEvaluation,
  reportRealizations,
} from '../../../testing/plan-fixtures';
import { type SuiteHandle, useSmallOrg } from '../../../testing/suite';
import { Period } from '../../cycle/cycle.enums';
import { Evaluation } from '../../evaluation/evaluation.entity';
import { EvaluationStatus, Rating } from '../../evaluation/evaluation.enums';
import { Employee } from '../../org/employee.entity';
import { PerformancePlan } from '../../plan/performance-plan.entity';

const { SESUAI_EKSPEKTASI: MEETS } = Rating;

interface Node {
  id: string;
}
const idsOf = (connection: { edges: { node: Node }[] }) =>
  connection.edges.map((edge) => Number(edge.node.id)).sort((a, b) => a - b);
const forbiddenPaths = (result: GraphQLResult) =>
  (result.errors ?? [])
    .filter((error) => error.extensions?.code === 'FORBIDDEN')
    .map((error) => error.path?.join('.'));

/**
 * The small org plus five staff of unit A alike in everything an analyst reads (PELAKSANA, II/a,
 * PNS, male): one anonymity set of exactly five. Everyone else is alone in theirs, like Siti Kasi,
 * the only PENGAWAS of unit A and its head. Everyone below the Camat has a FINAL TW1 evaluation;
 * one of the five and Siti Kasi also have a DRAFT TW2.
 */
async function buildEvaluations(t: SuiteHandle) {
  const ds = t.db.dataSource;
  const p = t.org.people;
  const cycleId = await createCycle(ds, 2026);
  const plans: Record<number, ApprovedPlan> = {};
  plans[p.camat.id] = await createApprovedPlan(ds, { employeeId: p.camat.id, cycleId });
  for (const kasi of [p.kasiA, p.kasiB])
    plans[kasi.id] = await createApprovedPlan(ds, {
      employeeId: kasi.id,
      cycleId,
      parentTargetId: plans[p.camat.id].targetId,
    });
  for (const person of [p.staffA1, p.staffA2, ...t.org.extra])
    plans[person.id] = await createApprovedPlan(ds, {
      employeeId: person.id,
      cycleId,
      parentTargetId: plans[p.kasiA.id].targetId,
    });
  plans[p.staffB1.id] = await createApprovedPlan(ds, {
    employeeId: p.staffB1.id,
    cycleId,
    parentTargetId: plans[p.kasiB.id].targetId,
  });
  const evaluations: Record<number, { tw1: number; draft?: number }> = {};
  for (const [employeeId, plan] of Object.entries(plans)) {
    if (Number(employeeId) === p.camat.id) continue;
    evaluations[Number(employeeId)] = {
      tw1: await createFinalEvaluation(ds, plan, {
        period: Period.TW1,
        resultRating: MEETS,
        behaviorRating: MEETS,
        achievement: 100,
      }),
    };
  }
  await reportRealizations(ds, plans[t.org.extra[0].id], Period.TW1, [90, 100]);
  for (const person of [t.org.extra[0], p.kasiA])
    evaluations[person.id].draft = await createFinalEvaluation(ds, plans[person.id], {
      period: Period.TW2,
      resultRating: MEETS,
      behaviorRating: MEETS,
      status: EvaluationStatus.DRAFT,
    });
  return { cycleId, plans, evaluations };
}

describe.each(DRIVERS)('analysts cannot re-identify people on %s', (kind) => {
  const t = useSmallOrg(kind, { extraStaffInA: 5 });
  let cycleId: number;
  let plans: Record<number, ApprovedPlan>;
  let evaluations: Record<number, { tw1: number; draft?: number }>;
  const alike = () => t.org.extra.map((person) => person.id).sort((a, b) => a - b);

  beforeAll(async () => {
    ({ cycleId, plans, evaluations } = await buildEvaluations(t));
  }, 60_000);

  describe('unit heads', () => {
    const HEADS = '{ orgUnits { name head { id evaluations { predicate } } } }';

    it('gives an analyst no OrgUnit.head: null with FORBIDDEN at its path, for every unit', async () => {
      const result = await t.client.as('analis', HEADS);
      expect(result.data?.orgUnits).toEqual([
        { name: 'Kecamatan Uji', head: null },
        { name: 'Seksi Pelayanan', head: null },
        { name: 'Seksi Trantib', head: null },
      ]);
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual([
        'FORBIDDEN',
        'FORBIDDEN',
        'FORBIDDEN',
      ]);
      expect(forbiddenPaths(result)).toEqual([
        'orgUnits.0.head',
        'orgUnits.1.head',
        'orgUnits.2.head',
      ]);
    });

    it('denies orgUnit(id).head and the heads of its children the same way', async () => {
      const result = await t.client.as(
        'analis',
        'query ($id: ID!) { orgUnit(id: $id) { name head { id evaluations { predicate } } children { head { id } } } }',
        { id: String(t.org.units.root.id) },
      );
      expect(result.data?.orgUnit).toEqual({
        name: 'Kecamatan Uji',
        head: null,
        children: [{ head: null }, { head: null }],
      });
      expect(forbiddenPaths(result).sort()).toEqual([
        'orgUnit.children.0.head',
        'orgUnit.children.1.head',
        'orgUnit.head',
      ]);
    });

    it('still names unit heads for employees, the Camat and HR', async () => {
      for (const viewer of ['admin', 'camat', t.org.people.staffB1.nip]) {
        const result = await t.client.as(viewer, '{ orgUnits { head { id } } }');
        expect({ viewer, errors: result.errors }).toEqual({ viewer, errors: undefined });
        expect(result.data?.orgUnits.map((unit: { head: Node }) => Number(unit.head.id))).toEqual([
          t.org.people.camat.id,
          t.org.people.kasiA.id,
          t.org.people.kasiB.id,
        ]);
      }
    });
  });

  describe('row-level reads', () => {
    const EVALUATIONS = `query ($f: EvaluationFilter) { evaluations(filter: $f, first: 200) {
      totalCount edges { node { id status employee { id } } } } }`;

    it('lists to an analyst only final evaluations of people in an anonymity set of five, with a matching totalCount', async () => {
      const result = await t.client.as('analis', EVALUATIONS);
      expect(result.errors).toBeUndefined();
      const connection = result.data?.evaluations;
      expect(idsOf(connection)).toEqual(
        alike()
          .map((id) => evaluations[id].tw1)
          .sort((a, b) => a - b),
      );
      expect(connection.totalCount).toBe(5);
      for (const { node } of connection.edges as { node: { status: string; employee: Node } }[]) {
        expect(node.status).not.toBe('DRAFT');
        expect(alike()).toContain(Number(node.employee.id));
      }
      const drafts = await t.client.as('analis', EVALUATIONS, { f: { period: 'TW2' } });
      expect(drafts.data?.evaluations).toEqual({ totalCount: 0, edges: [] });
      const kasi = await t.client.as('analis', EVALUATIONS, {
        f: { employeeId: String(t.org.people.kasiA.id) },
      });
      expect(kasi.data?.evaluations).toEqual({ totalCount: 0, edges: [] });
    });

    it('reads no single evaluation of someone alone in their set, nor any draft', async () => {
      const EVALUATION = 'query ($id: ID!) { evaluation(id: $id) { id predicate } }';
      for (const id of [
        evaluations[t.org.people.kasiA.id].tw1,
        evaluations[t.org.people.staffA1.id].tw1,
        evaluations[t.org.extra[0].id].draft!,
      ]) {
        const result = await t.client.as('analis', EVALUATION, { id: String(id) });
        expect({ id, data: result.data?.evaluation, codes: codesOf(result) }).toEqual({
          id,
          data: null,
          codes: ['NOT_FOUND'],
        });
      }
      const readable = await t.client.as('analis', EVALUATION, {
        id: String(evaluations[t.org.extra[0].id].tw1),
      });
      expect(readable.errors).toBeUndefined();
      expect(readable.data?.evaluation.predicate).toBe('BAIK');
    });

    it('lists to an analyst only the employees and SKP of people in a set of five', async () => {
      const employees = await t.client.as(
        'analis',
        '{ employees(first: 200) { totalCount edges { node { id } } } }',
      );
      expect(idsOf(employees.data?.employees)).toEqual(alike());
      expect(employees.data?.employees.totalCount).toBe(5);
      const byUnit = await t.client.as(
        'analis',
        'query ($u: ID!) { employees(filter: { unitId: $u }) { totalCount } }',
        { u: String(t.org.units.unitA.id) },
      );
      expect(byUnit.data?.employees.totalCount).toBe(5);
      const head = await t.client.as('analis', 'query ($id: ID!) { employee(id: $id) { id } }', {
        id: String(t.org.people.kasiA.id),
      });
      expect(codesOf(head)).toEqual(['NOT_FOUND']);

      const planIds = (ids: number[]) => ids.map((id) => plans[id].planId).sort((a, b) => a - b);
      const PLANS = '{ performancePlans(first: 200) { totalCount edges { node { id } } } }';
      const analystPlans = await t.client.as('analis', PLANS);
      expect(idsOf(analystPlans.data?.performancePlans)).toEqual(planIds(alike()));
      expect(analystPlans.data?.performancePlans.totalCount).toBe(5);
      const kasiPlan = await t.client.as(
        'analis',
        'query ($id: ID!) { performancePlan(id: $id) { id } }',
        {
          id: String(plans[t.org.people.kasiA.id].planId),
        },
      );
      expect(codesOf(kasiPlan)).toEqual(['NOT_FOUND']);
      const cascade = await t.client.as(
        'analis',
        'query ($c: ID!, $u: ID!) { planCascade(cycleId: $c, unitId: $u) { id } }',
        { c: String(cycleId), u: String(t.org.units.unitA.id) },
      );
      expect(
        cascade.data?.planCascade
          .map((plan: Node) => Number(plan.id))
          .sort((a: number, b: number) => a - b),
      ).toEqual(planIds(alike()));
    });

    it('shows an analyst exactly the de-identified fields of a readable employee, in id order, with no name search or supervisor filter', async () => {
      const readable = [
        'id',
        'gender',
        'employmentType',
        'rank',
        'pangkat',
        'positionLevel',
        'unit',
      ];
      const denied = [
        'nip',
        'name',
        'birthDate',
        'position',
        'supervisor',
        'email',
        'phone',
        'active',
        'version',
      ];
      const selection = [...readable, ...denied]
        .map((field) =>
          ['position', 'unit', 'supervisor'].includes(field) ? `${field} { id }` : field,
        )
        .join(' ');
      const target = t.org.extra[0];
      const result = await t.client.as(
        'analis',
        `query ($id: ID!) { employee(id: $id) { ${selection} } }`,
        {
          id: String(target.id),
        },
      );
      const employee = result.data?.employee;
      expect(readable.filter((field) => employee[field] === null)).toEqual([]);
      expect(denied.filter((field) => employee[field] !== null)).toEqual([]);
      expect(forbiddenPaths(result).sort()).toEqual(
        denied.map((field) => `employee.${field}`).sort(),
      );

      const list = await t.client.as('analis', '{ employees { edges { node { id } } } }');
      const ids = list.data?.employees.edges.map((edge: { node: Node }) => Number(edge.node.id));
      expect(ids).toEqual(alike());
      const bySearch = await t.client.as(
        'analis',
        `{ employees(filter: { search: "${target.name}" }) { totalCount } }`,
      );
      expect(bySearch.data?.employees.totalCount).toBe(0);
      const bySupervisor = await t.client.as(
        'analis',
        `{ employees(filter: { supervisorId: "${t.org.people.kasiA.id}" }) { totalCount } }`,
      );
      expect(bySupervisor.data?.employees.totalCount).toBe(0);
    });

    it('shows an analyst a readable SKP without free text or the people above it', async () => {
      const result = await t.client.as(
        'analis',
        `query ($id: ID!) { performancePlan(id: $id) { id status approach returnReason evaluator { id }
          startsOn approvalDueOn behaviorExpectations { specificExpectation }
          workTargets { description parentTarget { id } childTargets { id }
            indicators { target realization(period: TW1) { value evidenceUrl note } } } } }`,
        { id: String(plans[t.org.extra[0].id].planId) },
      );
      const forbidden = (result.errors ?? []).map((error) =>
        error.path?.filter((part) => typeof part === 'string').join('.'),
      );
      expect([...new Set(forbidden)].sort()).toEqual([
        // A mid-year start (and the due date counted from it) narrows a person down.
        'performancePlan.approvalDueOn',
        'performancePlan.behaviorExpectations.specificExpectation',
        'performancePlan.evaluator',
        'performancePlan.returnReason',
        'performancePlan.startsOn',
        'performancePlan.workTargets.childTargets',
        'performancePlan.workTargets.indicators.realization.evidenceUrl',
        'performancePlan.workTargets.indicators.realization.note',
        'performancePlan.workTargets.parentTarget',
      ]);
      expect(result.data?.performancePlan.workTargets[0].indicators[0].realization.value).toBe(90);
    });

    it('gives an analyst the trend of someone in a set of five without drafts, and refuses it for a unit head', async () => {
      const TREND = 'query ($id: ID!) { performanceTrend(employeeId: $id) { period predicate } }';
      const member = await t.client.as('analis', TREND, { id: String(t.org.extra[0].id) });
      expect(member.data?.performanceTrend).toEqual([{ period: 'TW1', predicate: 'BAIK' }]);
      const head = await t.client.as('analis', TREND, { id: String(t.org.people.kasiA.id) });
      expect(codesOf(head)).toEqual(['FORBIDDEN']);
      const nested = await t.client.as(
        'analis',
        'query ($id: ID!) { employee(id: $id) { evaluations { status } } }',
        { id: String(t.org.extra[0].id) },
      );
      expect(nested.data?.employee.evaluations).toEqual([{ status: 'FINAL' }]);
    });

    it('closes the links from a readable row to the people above it', async () => {
      const result = await t.client.as(
        'analis',
        `{ evaluations(first: 1) { edges { node { summary evaluator { id } organizationPredicate { id } employee { supervisor { id } }
            plan { evaluator { id } workTargets { parentTarget { id } childTargets { id } } } } } } }`,
      );
      const node = result.data?.evaluations.edges[0].node;
      expect(node).toEqual({
        summary: null,
        evaluator: null,
        organizationPredicate: null,
        employee: { supervisor: null },
        plan: { evaluator: null, workTargets: [{ parentTarget: null, childTargets: null }] },
      });
      expect(forbiddenPaths(result).sort()).toEqual([
        'evaluations.edges.0.node.employee.supervisor',
        'evaluations.edges.0.node.evaluator',
        'evaluations.edges.0.node.organizationPredicate',
        'evaluations.edges.0.node.plan.evaluator',
        'evaluations.edges.0.node.plan.workTargets.0.childTargets',
        'evaluations.edges.0.node.plan.workTargets.0.parentTarget',
        'evaluations.edges.0.node.summary',
      ]);
    });

    it('admits in memory (field guard, nested lists) exactly the rows the SQL lists hold', async () => {
      const ds = t.db.dataSource;
      const context = createContext({
        dataSource: ds,
        viewer: await t.client.viewer('analis'),
        clientAddress: '127.0.0.1',
      });
      const inMemory = async <T extends { id: number }>(
        type: 'Employee' | 'PerformancePlan' | 'Evaluation',
        rows: T[],
      ) => (await readableRows(context, type, rows)).map((row) => row.id).sort((a, b) => a - b);
      const listed = async (query: string, key: string) =>
        idsOf((await t.client.as('analis', query)).data?.[key]);
      expect(await inMemory('Employee', await ds.getRepository(Employee).find())).toEqual(
        await listed('{ employees(first: 200) { edges { node { id } } } }', 'employees'),
      );
      expect(
        await inMemory('PerformancePlan', await ds.getRepository(PerformancePlan).find()),
      ).toEqual(
        await listed(
          '{ performancePlans(first: 200) { edges { node { id } } } }',
          'performancePlans',
        ),
      );
      expect(await inMemory('Evaluation', await ds.getRepository(Evaluation).find())).toEqual(
        await listed('{ evaluations(first: 200) { edges { node { id } } } }', 'evaluations'),
      );
    });

    it('reads an analyst’s page with the same number of statements for 2 and 5 rows', async () => {
      const viewer = await t.client.viewer('analis');
      const statements = async (first: number) => {
        t.db.queries.reset();
        const result = await t.client.run(
          viewer,
          `query ($first: Int) { employees(first: $first) { totalCount edges { node { id rank positionLevel unit { name }
            evaluations { predicate plan { status workTargets { description indicators { target } } } } } } } }`,
          { first },
        );
        expect(result.errors).toBeUndefined();
        expect(result.data?.employees.edges).toHaveLength(first);
        return t.db.queries.count;
      };
      expect(await statements(5)).toBe(await statements(2));
    });

    it('counts only active people: a set of five with one gone inactive is aggregates only', async () => {
      const employees = t.db.dataSource.getRepository(Employee);
      await employees.update(t.org.extra[4].id, { active: false });
      try {
        const list = await t.client.as('analis', EVALUATIONS);
        expect(list.data?.evaluations).toEqual({ totalCount: 0, edges: [] });
        const directory = await t.client.as('analis', '{ employees { totalCount } }');
        expect(directory.data?.employees.totalCount).toBe(0);
        const single = await t.client.as(
          'analis',
          'query ($id: ID!) { evaluation(id: $id) { id } }',
          {
            id: String(evaluations[t.org.extra[0].id].tw1),
          },
        );
        expect(codesOf(single)).toEqual(['NOT_FOUND']);
      } finally {
        await employees.update(t.org.extra[4].id, { active: true });
      }
    });

    it('still shows HR and the Camat every evaluation, drafts included, and every employee', async () => {
      for (const viewer of ['admin', 'camat']) {
        const result = await t.client.as(viewer, EVALUATIONS);
        expect(result.errors).toBeUndefined();
        expect(result.data?.evaluations.totalCount).toBe(12);
        expect(idsOf(result.data?.evaluations)).toEqual(
          Object.values(evaluations)
            .flatMap(({ tw1, draft }) => (draft ? [tw1, draft] : [tw1]))
            .sort((a, b) => a - b),
        );
        const directory = await t.client.as(viewer, '{ employees { totalCount } }');
        expect(directory.data?.employees.totalCount).toBe(11);
        const kasi = await t.client.as(
          viewer,
          'query ($id: ID!) { evaluation(id: $id) { predicate } }',
          {
            id: String(evaluations[t.org.people.kasiA.id].tw1),
          },
        );
        expect(kasi.data?.evaluation.predicate).toBe('BAIK');
      }
    });
  });

  describe('aggregates', () => {
    const DISTRIBUTION = `query ($c: ID!, $p: Period!, $g: DistributionGroupBy!) {
      predicateDistribution(cycleId: $c, period: $p, groupBy: $g) { group suppressed total } }`;

    it('counts everyone final in the analyst’s aggregates, rows or not, and suppresses small groups', async () => {
      const result = await t.client.as('analis', DISTRIBUTION, {
        c: String(cycleId),
        p: 'TW1',
        g: 'POSITION_LEVEL',
      });
      expect(result.data?.predicateDistribution).toEqual([
        { group: 'PELAKSANA', suppressed: false, total: 8 },
        { group: 'PENGAWAS', suppressed: true, total: null },
      ]);
    });

    it('leaves drafts out of the analyst’s aggregates', async () => {
      const result = await t.client.as('analis', DISTRIBUTION, {
        c: String(cycleId),
        p: 'TW2',
        g: 'UNIT',
      });
      expect(result.data?.predicateDistribution).toEqual([]);
    });

    it('keeps the kecamatan summary and team dashboards from analysts', async () => {
      const summary = await t.client.as(
        'analis',
        'query ($c: ID!) { kecamatanSummary(cycleId: $c) { members } }',
        { c: String(cycleId) },
      );
      expect(codesOf(summary)).toEqual(['FORBIDDEN']);
      const team = await t.client.as(
        'analis',
        'query ($u: ID!, $c: ID!) { teamDashboard(unitId: $u, cycleId: $c) { unitId } }',
        { u: String(t.org.units.unitA.id), c: String(cycleId) },
      );
      expect(codesOf(team)).toEqual(['FORBIDDEN']);
    });
  });
});
