import { DRIVERS } from '../../../testing/databases';
import { codesOf } from '../../../testing/graphql-client';
import {
  type ApprovedPlan,
  createApprovedPlan,
  createCycle,
  createFinalEvaluation,
  reportRealizations,
} from '../../../testing/plan-fixtures';
import { type SuiteHandle, useSmallOrg } from '../../../testing/suite';
import { Period } from '../../cycle/cycle.enums';
import { EvaluationStatus, Rating } from '../../evaluation/evaluation.enums';
import { EvaluationFeedback } from '../../evaluation/evaluation-feedback.entity';
import { CoreValue } from '../../plan/plan.enums';
import { Realization } from '../../plan/realization.entity';
import * as rulesToSqlModule from '../../../platform/authz/rules-to-sql';
import { In } from 'typeorm';

const { SESUAI_EKSPEKTASI: MEETS, DI_ATAS_EKSPEKTASI: ABOVE, DI_BAWAH_EKSPEKTASI: BELOW } = Rating;
const TREND = `query ($id: ID!) { performanceTrend(employeeId: $id) { cycleYear period predicate predicateLevel achievement productivity qualityOfWork professionalAttitude behaviorFeedback { coreValue rating count } } }`;
const TEAM = `query ($u: ID!, $c: ID!) { teamDashboard(unitId: $u, cycleId: $c) {
  members { employee { name nip } planStatus latestPredicate latestPeriod latestAchievement overdueRealizations overdueEvaluations predicateLevels }
  predicateDistribution { period counts { predicate count } }
  averageTrend { cycleYear period averagePredicateLevel averageAchievement evaluated }
  pendingActions { kind employee { name } period } } }`;
/** What the bench asks (api/scripts/bench.ts): names only, so no field needs a rule check per row. */
const BENCH_TEAM = `query ($u: ID!, $c: ID!) { teamDashboard(unitId: $u, cycleId: $c) {
  unitId cycleId
  members { employeeId employee { id name } planStatus latestPredicate latestPeriod latestAchievement overdueRealizations overdueEvaluations predicateLevels }
  predicateDistribution { period counts { predicate count } }
  averageTrend { cycleYear period averagePredicateLevel averageAchievement evaluated }
  pendingActions { kind employeeId planId period objectionId employee { id name } }
  curveCheck { total passed } } }`;
const PAGE = `query ($u: ID!, $c: ID!, $f: TeamMemberFilter, $s: TeamMemberSort, $d: Boolean, $o: Int, $l: Int) {
  teamDashboard(unitId: $u, cycleId: $c) {
    memberPage(filter: $f, sort: $s, descending: $d, offset: $o, limit: $l) {
      totalCount offset members { employee { name } latestAchievement overdueRealizations jpDone belowJpTarget } } } }`;
const DISTRIBUTION =
  'query ($c: ID!, $g: DistributionGroupBy!) { predicateDistribution(cycleId: $c, period: TW1, groupBy: $g) { group suppressed total counts { predicate count } } }';

/** Cycle 2026 with approved SKP for everyone and final TW1 (BAIK) and TW2 evaluations for the staff of unit A. */
async function buildHistory(t: SuiteHandle) {
  const ds = t.db.dataSource;
  const p = t.org.people;
  const cycleId = await createCycle(ds, 2026);
  const camat = await createApprovedPlan(ds, { employeeId: p.camat.id, cycleId });
  const kasiA = await createApprovedPlan(ds, {
    employeeId: p.kasiA.id,
    cycleId,
    parentTargetId: camat.targetId,
  });
  await createApprovedPlan(ds, { employeeId: p.kasiB.id, cycleId, parentTargetId: camat.targetId });
  const staff: Record<number, ApprovedPlan> = {};
  for (const person of [p.staffA1, p.staffA2, ...t.org.extra]) {
    staff[person.id] = await createApprovedPlan(ds, {
      employeeId: person.id,
      cycleId,
      parentTargetId: kasiA.targetId,
    });
    await createFinalEvaluation(ds, staff[person.id], {
      period: Period.TW1,
      resultRating: MEETS,
      behaviorRating: MEETS,
      achievement: 100,
    });
    await createFinalEvaluation(ds, staff[person.id], {
      period: Period.TW2,
      resultRating: ABOVE,
      behaviorRating: ABOVE,
      achievement: 115,
    });
  }
  return { cycleId, staff };
}

describe.each(DRIVERS)('analytics on %s', (kind) => {
  const t = useSmallOrg(kind);
  let cycleId: number;
  let staffA1: ApprovedPlan;
  let staffA2: ApprovedPlan;

  beforeAll(async () => {
    const history = await buildHistory(t);
    cycleId = history.cycleId;
    // Overdue counts follow the cycle's deadlines on a fixed day: TW1–TW3 past due, TW4 not.
    t.client.today = '2026-12-02';
    staffA1 = history.staff[t.org.people.staffA1.id];
    staffA2 = history.staff[t.org.people.staffA2.id];
    await reportRealizations(t.db.dataSource, staffA1, Period.TW1, [100, 50]);
    const [tw1] = await t.db.dataSource.query(
      `SELECT id FROM evaluation WHERE planId = ${staffA1.planId} AND period = 'TW1'`,
    );
    await t.db.dataSource.getRepository(EvaluationFeedback).insert([
      {
        evaluationId: tw1.id,
        coreValue: CoreValue.KOMPETEN,
        rating: BELOW,
        text: 'Perlu pelatihan aplikasi',
        workTargetId: null,
      },
      {
        evaluationId: tw1.id,
        coreValue: CoreValue.HARMONIS,
        rating: MEETS,
        text: 'Kerja sama baik',
        workTargetId: null,
      },
    ]);
    await createFinalEvaluation(t.db.dataSource, staffA1, {
      period: Period.TW3,
      resultRating: BELOW,
      behaviorRating: BELOW,
      status: EvaluationStatus.DRAFT,
    });
  });

  it('gives the trend oldest first with productivity, quality and attitude, drafts left out', async () => {
    const result = await t.client.as(t.org.people.staffA1.nip, TREND, {
      id: String(t.org.people.staffA1.id),
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.performanceTrend).toEqual([
      {
        cycleYear: 2026,
        period: 'TW1',
        predicate: 'BAIK',
        predicateLevel: 4,
        achievement: 100,
        productivity: 100,
        qualityOfWork: 50,
        professionalAttitude: 2,
        behaviorFeedback: expect.arrayContaining([
          { coreValue: 'KOMPETEN', rating: 'DI_BAWAH_EKSPEKTASI', count: 1 },
          { coreValue: 'HARMONIS', rating: 'SESUAI_EKSPEKTASI', count: 1 },
        ]),
      },
      {
        cycleYear: 2026,
        period: 'TW2',
        predicate: 'SANGAT_BAIK',
        predicateLevel: 5,
        achievement: 115,
        // Nothing reported for TW2: belum dilaporkan, not 0 %.
        productivity: null,
        qualityOfWork: null,
        professionalAttitude: 3,
        behaviorFeedback: [],
      },
    ]);
  });

  it('shows a trend to the employee, the chain, the Camat and HR; colleagues are refused, and analysts for someone alone in their set', async () => {
    for (const viewer of [t.org.people.kasiA.nip, 'camat', 'admin']) {
      expect(
        (await t.client.as(viewer, TREND, { id: String(t.org.people.staffA1.id) })).data
          ?.performanceTrend,
      ).toHaveLength(2);
    }
    for (const viewer of [t.org.people.staffA2.nip, t.org.people.kasiB.nip, 'analis']) {
      expect(
        codesOf(await t.client.as(viewer, TREND, { id: String(t.org.people.staffA1.id) })),
      ).toEqual(['FORBIDDEN']);
    }
  });

  it('builds a supervisor’s team dashboard from their own line only', async () => {
    const result = await t.client.as(t.org.people.kasiA.nip, TEAM, {
      u: String(t.org.units.root.id),
      c: String(cycleId),
    });
    expect(result.errors).toBeUndefined();
    const dashboard = result.data?.teamDashboard;
    expect(dashboard.members.map((m: { employee: { name: string } }) => m.employee.name)).toEqual([
      'Dewi Staf',
      'Eko Staf',
    ]);
    const dewi = dashboard.members[0];
    expect(dewi).toMatchObject({
      planStatus: 'APPROVED',
      latestPredicate: 'SANGAT_BAIK',
      latestPeriod: 'TW2',
      latestAchievement: 115,
      predicateLevels: [4, 5],
      overdueEvaluations: 1,
    });
    expect(dewi.overdueRealizations).toBe(4); // 2 indicators × TW1–TW3, only TW1 reported
    // On 5 October TW3 has ended but is not yet due (realisations 10, evaluations 15 days after).
    const early = await t.client.on('2026-10-05', () =>
      t.client.as(t.org.people.kasiA.nip, TEAM, {
        u: String(t.org.units.root.id),
        c: String(cycleId),
      }),
    );
    expect(early.data?.teamDashboard.members[0]).toMatchObject({
      overdueRealizations: 2, // 2 indicators × TW1–TW2, only TW1 reported
      overdueEvaluations: 0,
    });
    expect(
      dashboard.predicateDistribution
        .find((d: { period: string }) => d.period === 'TW2')
        .counts.find((c: { predicate: string }) => c.predicate === 'SANGAT_BAIK').count,
    ).toBe(2);
    expect(dashboard.averageTrend).toEqual([
      {
        cycleYear: 2026,
        period: 'TW1',
        averagePredicateLevel: 4,
        averageAchievement: 100,
        evaluated: 2,
      },
      {
        cycleYear: 2026,
        period: 'TW2',
        averagePredicateLevel: 5,
        averageAchievement: 115,
        evaluated: 2,
      },
    ]);
    expect(
      dashboard.pendingActions
        .map(
          (a: { kind: string; employee: { name: string }; period: string }) =>
            `${a.kind}:${a.employee.name}:${a.period}`,
        )
        .sort(),
    ).toEqual(['EVALUATE:Dewi Staf:TW3', 'EVALUATE:Eko Staf:TW3']);
  });

  it('counts missing reports per due quarter: a report of a quarter not yet due, or a replaced one, leaves it missing', async () => {
    const ds = t.db.dataSource;
    const variables = { u: String(t.org.units.root.id), c: String(cycleId) };
    const missingOfEko = async (on?: string) => {
      const ask = () => t.client.as(t.org.people.kasiA.nip, TEAM, variables);
      const result = on ? await t.client.on(on, ask) : await ask();
      expect(result.errors).toBeUndefined();
      return result.data?.teamDashboard.members.find(
        (member: { employee: { name: string } }) => member.employee.name === 'Eko Staf',
      ).overdueRealizations as number;
    };
    // Eko's 2 indicators have no report yet: TW1–TW3 due on the suite's day, TW1–TW2 on 5 October.
    expect([await missingOfEko(), await missingOfEko('2026-10-05')]).toEqual([6, 4]);
    await reportRealizations(ds, staffA2, Period.TW3, [90, 80]);
    await reportRealizations(ds, staffA2, Period.TW1, [70, 60]);
    await ds
      .getRepository(Realization)
      .update(
        { indicatorId: In(staffA2.indicatorIds), period: Period.TW1 },
        { replacedAt: new Date() },
      );
    try {
      // TW3's reports count once TW3 is due; the replaced TW1 reports never do.
      expect([await missingOfEko(), await missingOfEko('2026-10-05')]).toEqual([4, 4]);
    } finally {
      await ds.getRepository(Realization).delete({ indicatorId: In(staffA2.indicatorIds) });
    }
  });

  it('translates a viewer’s team scope once: the next request of the same viewer reuses it', async () => {
    const variables = { u: String(t.org.units.root.id), c: String(cycleId) };
    const translate = jest.spyOn(rulesToSqlModule, 'rulesToSql');
    try {
      const first = await t.client.as(t.org.people.kasiA.nip, BENCH_TEAM, variables);
      translate.mockClear();
      const again = await t.client.as(t.org.people.kasiA.nip, BENCH_TEAM, variables);
      expect(again).toEqual(first);
      const teamScopes = translate.mock.calls.filter(
        ([, , subject]) => subject === 'TeamDashboard',
      );
      expect(teamScopes).toHaveLength(0);
      // Another viewer (another ability) gets its own scope: the Camat sees the whole unit.
      const camat = await t.client.as('camat', BENCH_TEAM, variables);
      expect(camat.data?.teamDashboard.members.length).toBeGreaterThan(
        again.data?.teamDashboard.members.length,
      );
    } finally {
      translate.mockRestore();
    }
  });

  it('translates a viewer’s trend scope once: the next request of the same viewer reuses it', async () => {
    const variables = { id: String(t.org.people.staffA1.id) };
    const translate = jest.spyOn(rulesToSqlModule, 'rulesToSql');
    try {
      const first = await t.client.as(t.org.people.kasiA.nip, TREND, variables);
      expect(first.data?.performanceTrend.length).toBeGreaterThan(0);
      translate.mockClear();
      expect(await t.client.as(t.org.people.kasiA.nip, TREND, variables)).toEqual(first);
      expect(translate.mock.calls.filter(([, , subject]) => subject === 'Evaluation')).toHaveLength(
        0,
      );
      // A colleague (another ability) is still refused by their own rules.
      const colleague = await t.client.as(t.org.people.staffA2.nip, TREND, variables);
      expect(codesOf(colleague)).toEqual(['FORBIDDEN']);
    } finally {
      translate.mockRestore();
    }
  });

  it('refuses a team dashboard to someone without a team there, and gives the Camat the whole unit', async () => {
    for (const viewer of [t.org.people.staffA2.nip, 'analis']) {
      expect(
        codesOf(
          await t.client.as(viewer, TEAM, { u: String(t.org.units.unitA.id), c: String(cycleId) }),
        ),
      ).toEqual(['FORBIDDEN']);
    }
    expect(
      codesOf(
        await t.client.as(t.org.people.kasiB.nip, TEAM, {
          u: String(t.org.units.unitA.id),
          c: String(cycleId),
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    const camat = await t.client.as('camat', TEAM, {
      u: String(t.org.units.root.id),
      c: String(cycleId),
    });
    expect(camat.data?.teamDashboard.members).toHaveLength(6);
  });

  it('pages, filters and orders a team only within the viewer’s line, counts included', async () => {
    const p = t.org.people;
    const page = (viewer: string, variables: Record<string, unknown> = {}) =>
      t.client.as(viewer, PAGE, {
        u: String(t.org.units.root.id),
        c: String(cycleId),
        ...variables,
      });
    const names = (result: Awaited<ReturnType<typeof page>>) =>
      result.data?.teamDashboard.memberPage.members.map(
        (m: { employee: { name: string } }) => m.employee.name,
      );
    const kasi = await page(p.kasiA.nip, { s: 'OVERDUE_REALIZATIONS', d: true, l: 1 });
    expect(kasi.errors).toBeUndefined();
    expect(kasi.data?.teamDashboard.memberPage).toMatchObject({ totalCount: 2, offset: 0 });
    expect(names(kasi)).toEqual(['Eko Staf']);
    expect(names(await page(p.kasiA.nip, { s: 'NAME', d: true, o: 1 }))).toEqual(['Dewi Staf']);
    // Nobody outside the line is found, counted or hinted at by a filter.
    for (const search of [p.kasiB.name, p.staffB1.name, p.staffB1.nip, p.camat.nip, 'Staf']) {
      const outside = await page(p.kasiA.nip, { f: { search } });
      expect(outside.data?.teamDashboard.memberPage.totalCount).toBe(search === 'Staf' ? 2 : 0);
    }
    expect(
      (await page(p.kasiA.nip, { f: { late: true } })).data?.teamDashboard.memberPage.totalCount,
    ).toBe(2);
    expect(names(await page(p.kasiA.nip, { f: { search: p.staffA2.nip } }))).toEqual(['Eko Staf']);
    // No training recorded: both PNS are below the yearly JP, nobody is at or above it.
    for (const [belowJpTarget, count] of [
      [true, 2],
      [false, 0],
    ] as const)
      expect(
        (await page(p.kasiA.nip, { f: { belowJpTarget } })).data?.teamDashboard.memberPage
          .totalCount,
      ).toBe(count);
    // The Camat and HR page the whole kecamatan.
    for (const viewer of ['camat', 'admin']) {
      const all = await page(viewer, { l: 4 });
      expect(all.data?.teamDashboard.memberPage.totalCount).toBe(6);
      expect(names(all)).toHaveLength(4);
      expect(names(await page(viewer, { f: { search: 'fajar' } }))).toEqual(['Fajar Staf']);
    }
    // Without a team there, no page and no count.
    for (const viewer of [p.staffA2.nip, 'analis'])
      expect(codesOf(await page(viewer, { f: { search: 'Dewi' } }))).toEqual(['FORBIDDEN']);
  });

  it('narrows a page to a unit and its sub-units, only among the members the viewer sees', async () => {
    const p = t.org.people;
    const { root, unitA, unitB } = t.org.units;
    const UNIT_PAGE = `query ($u: ID!, $c: ID!, $f: TeamMemberFilter) { teamDashboard(unitId: $u, cycleId: $c) {
      memberUnits { name }
      memberPage(filter: $f) { totalCount members { employee { name unit { id } } } } } }`;
    const page = async (viewer: string, unitId?: number | string) => {
      const result = await t.client.as(viewer, UNIT_PAGE, {
        u: String(root.id),
        c: String(cycleId),
        f: unitId === undefined ? {} : { unitId: String(unitId) },
      });
      expect(result.errors).toBeUndefined();
      const { memberUnits, memberPage } = result.data?.teamDashboard ?? {};
      return {
        units: (memberUnits as { name: string }[]).map((unit) => unit.name),
        count: memberPage.totalCount as number,
        unitIds: new Set(
          (memberPage.members as { employee: { unit: { id: string } } }[]).map(
            (m) => m.employee.unit.id,
          ),
        ),
      };
    };
    for (const viewer of ['camat', 'admin']) {
      expect((await page(viewer)).units).toEqual(
        [root.name, unitA.name, unitB.name].sort((a, b) => a.localeCompare(b, 'id')),
      );
      // The root holds everyone: its sub-units are included.
      expect((await page(viewer, root.id)).count).toBe(6);
      const inA = await page(viewer, unitA.id);
      expect(inA.count).toBe(3);
      expect([...inA.unitIds]).toEqual([String(unitA.id)]);
      expect((await page(viewer, unitB.id)).count).toBe(2);
    }
    // A section head: only their own line, whichever unit is named; a unit outside it, or one
    // that does not exist, answers like a unit without members (nothing to infer from).
    const kasi = await page(p.kasiA.nip);
    expect(kasi.units).toEqual([unitA.name]);
    for (const [unitId, count] of [
      [unitA.id, 2],
      [root.id, 2],
      [unitB.id, 0],
      [999999, 0],
    ])
      expect((await page(p.kasiA.nip, unitId)).count).toBe(count);
    // Without a team there, nothing at all.
    expect(
      codesOf(
        await t.client.as(p.staffB1.nip, UNIT_PAGE, {
          u: String(root.id),
          c: String(cycleId),
          f: { unitId: String(unitB.id) },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it('refuses a bad page with BAD_USER_INPUT naming the argument', async () => {
    const bad = async (variables: Record<string, unknown>) => {
      const result = await t.client.as('camat', PAGE, {
        u: String(t.org.units.root.id),
        c: String(cycleId),
        ...variables,
      });
      expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
      return (result.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field);
    };
    expect(await bad({ l: 0 })).toEqual(['limit']);
    expect(await bad({ l: 101, o: -1 })).toEqual(['offset', 'limit']);
    expect(await bad({ f: { search: 'x'.repeat(101) } })).toEqual(['filter.search']);
    expect(await bad({ f: { unitId: 'seksi' } })).toEqual(['filter.unitId']);
    expect(await bad({ f: { unitId: '0' } })).toEqual(['filter.unitId']);
  });

  it('says NOT_FOUND for an unknown unit or cycle', async () => {
    const unknownUnit = await t.client.as('camat', TEAM, { u: '999999', c: String(cycleId) });
    expect(codesOf(unknownUnit)).toEqual(['NOT_FOUND']);
    const unknownCycle = await t.client.as('camat', TEAM, {
      u: String(t.org.units.root.id),
      c: '999999',
    });
    expect(codesOf(unknownCycle)).toEqual(['NOT_FOUND']);
  });

  it('compares units side by side for the Camat and HR only', async () => {
    const SUMMARY = `query ($c: ID!) { kecamatanSummary(cycleId: $c) { unit { name } members approvedPlans planCompletion evaluationsDone evaluationsExpected evaluationCompletion averageAchievement predicateCounts { predicate count } } }`;
    const result = await t.client.as('camat', SUMMARY, { c: String(cycleId) });
    expect(result.errors).toBeUndefined();
    const [unitA, unitB] = result.data?.kecamatanSummary ?? [];
    expect(unitA).toMatchObject({
      unit: { name: 'Seksi Pelayanan' },
      members: 3,
      approvedPlans: 3,
      planCompletion: 100,
      evaluationsDone: 4,
      evaluationsExpected: 9,
      evaluationCompletion: 44.44,
      averageAchievement: 107.5,
    });
    expect(unitA.predicateCounts.filter((c: { count: number }) => c.count > 0)).toEqual([
      { predicate: 'SANGAT_BAIK', count: 2 },
      { predicate: 'BAIK', count: 2 },
    ]);
    expect(unitB).toMatchObject({
      unit: { name: 'Seksi Trantib' },
      members: 2,
      approvedPlans: 1,
      planCompletion: 50,
      evaluationsDone: 0,
      evaluationsExpected: 3,
      evaluationCompletion: 0,
      averageAchievement: null,
    });
    expect((await t.client.as('admin', SUMMARY, { c: String(cycleId) })).errors).toBeUndefined();
    // The cycle, the staffing and the results side by side; the units come with the staffing.
    const camat = await t.client.viewer('camat');
    t.db.queries.reset();
    await t.client.run(camat, SUMMARY, { c: String(cycleId) });
    expect(t.db.queries.count).toBe(3);
    for (const viewer of [t.org.people.kasiA.nip, 'analis'])
      expect(codesOf(await t.client.as(viewer, SUMMARY, { c: String(cycleId) }))).toEqual([
        'FORBIDDEN',
      ]);
  });

  it('adds the curve check to the dashboard for those who calibrate', async () => {
    const CURVE = `query ($u: ID!, $c: ID!) { teamDashboard(unitId: $u, cycleId: $c) { curveCheck { total organizationPredicate } } }`;
    const camat = await t.client.as('camat', CURVE, {
      u: String(t.org.units.root.id),
      c: String(cycleId),
    });
    expect(camat.data?.teamDashboard.curveCheck).toEqual({ total: 0, organizationPredicate: null });
    const kasi = await t.client.as(t.org.people.kasiA.nip, CURVE, {
      u: String(t.org.units.unitA.id),
      c: String(cycleId),
    });
    expect(kasi.data?.teamDashboard.curveCheck).toBeNull();
  });

  it('suppresses analyst groups under five people and counts only readable evaluations', async () => {
    const result = await t.client.as('analis', DISTRIBUTION, {
      c: String(cycleId),
      g: 'EMPLOYMENT_TYPE',
    });
    expect(result.data?.predicateDistribution).toEqual([
      { group: 'PNS', suppressed: true, total: null, counts: null },
    ]);
    const byUnit = await t.client.as('analis', DISTRIBUTION, { c: String(cycleId), g: 'UNIT' });
    expect(byUnit.data?.predicateDistribution).toEqual([
      { group: 'Seksi Pelayanan', suppressed: true, total: null, counts: null },
    ]);
    const colleague = await t.client.as(t.org.people.staffB1.nip, DISTRIBUTION, {
      c: String(cycleId),
      g: 'GENDER',
    });
    expect(colleague.data?.predicateDistribution).toEqual([]);
  });

  // Last: it adds an older cycle to staff A2's history.
  it('keeps a point whose SKP has no indicators, with no productivity or quality', async () => {
    const ds = t.db.dataSource;
    const older = await createCycle(ds, 2025);
    const plan = await createApprovedPlan(ds, {
      employeeId: t.org.people.staffA2.id,
      cycleId: older,
    });
    await ds.query(`DELETE FROM indicator WHERE workTargetId = ${plan.targetId}`);
    await createFinalEvaluation(ds, plan, {
      period: Period.ANNUAL,
      resultRating: MEETS,
      behaviorRating: MEETS,
      achievement: null,
    });
    const result = await t.client.as('camat', TREND, { id: String(t.org.people.staffA2.id) });
    expect(result.errors).toBeUndefined();
    expect(result.data?.performanceTrend).toEqual([
      expect.objectContaining({
        cycleYear: 2025,
        period: 'ANNUAL',
        achievement: null,
        productivity: null,
        qualityOfWork: null,
        behaviorFeedback: [],
      }),
      expect.objectContaining({ cycleYear: 2026, period: 'TW1', productivity: null }),
      expect.objectContaining({ cycleYear: 2026, period: 'TW2' }),
    ]);
  });
});

describe.each(DRIVERS)('analytics at scale on %s', (kind) => {
  const small = useSmallOrg(kind, { extraStaffInA: 2 });
  const large = useSmallOrg(kind, { extraStaffInA: 47 });
  const cycles: Record<string, number> = {};

  beforeAll(async () => {
    cycles.small = (await buildHistory(small)).cycleId;
    cycles.large = (await buildHistory(large)).cycleId;
  }, 120_000);

  it('answers teamDashboard for 5 and 50 members with the same number of SQL statements', async () => {
    const statements = async (t: SuiteHandle, cycleId: number) => {
      const viewer = await t.client.viewer('camat');
      t.db.queries.reset();
      const result = await t.client.run(viewer, TEAM, {
        u: String(t.org.units.unitA.id),
        c: String(cycleId),
      });
      expect(result.errors).toBeUndefined();
      return { members: result.data?.teamDashboard.members.length, statements: t.db.queries.count };
    };
    const five = await statements(small, cycles.small);
    const fifty = await statements(large, cycles.large);
    expect([five.members, fifty.members]).toEqual([5, 50]);
    expect(fifty.statements).toBe(five.statements);
    // Pinned (issue #19): the cycle, then members, final evaluations, missing reports and
    // objections side by side; the Camat reads every `nip`, so the field guard asks no reporting line.
    expect(fifty.statements).toBe(5);
  });

  it('draws each member’s levels from the stored evaluations, oldest first, though the read neither sorts nor reads the level', async () => {
    const camat = await large.client.viewer('camat');
    const team = await large.client.run(camat, BENCH_TEAM, {
      u: String(large.org.units.unitA.id),
      c: String(cycles.large),
    });
    expect(team.errors).toBeUndefined();
    const stored: { employeeId: number | string; predicateLevel: number | string }[] =
      await large.db.dataSource.query(
        `SELECT evaluation.employeeId, evaluation.predicateLevel
           FROM evaluation JOIN performance_cycle cycle ON cycle.id = evaluation.cycleId
          WHERE evaluation.supersededAt IS NULL AND evaluation.status IN ('FINAL', 'ACKNOWLEDGED')
          ORDER BY cycle.year, CASE evaluation.period WHEN 'TW1' THEN 1 WHEN 'TW2' THEN 2
            WHEN 'TW3' THEN 3 WHEN 'TW4' THEN 4 ELSE 5 END, evaluation.id`,
      );
    const levelsOf = new Map<number, number[]>();
    for (const row of stored) {
      const id = Number(row.employeeId);
      levelsOf.set(id, [...(levelsOf.get(id) ?? []), Number(row.predicateLevel)]);
    }
    const members = team.data?.teamDashboard.members as {
      employeeId: string;
      predicateLevels: number[];
    }[];
    expect(members.filter((member) => member.predicateLevels.length > 1).length).toBeGreaterThan(
      10,
    );
    for (const member of members)
      expect([member.employeeId, member.predicateLevels]).toEqual([
        member.employeeId,
        levelsOf.get(Number(member.employeeId)) ?? [],
      ]);
  });

  it('answers the bench’s teamDashboard and performanceTrend with pinned statement counts', async () => {
    const dashboard = async (who: string) => {
      const viewer = await large.client.viewer(who);
      large.db.queries.reset();
      const team = await large.client.run(viewer, BENCH_TEAM, {
        u: String(large.org.units.unitA.id),
        c: String(cycles.large),
      });
      expect(team.errors).toBeUndefined();
      return {
        members: team.data?.teamDashboard.members.length as number,
        curveCheck: team.data?.teamDashboard.curveCheck !== null,
        statements: large.db.queries.count,
      };
    };
    // As the bench's own SQL: the cycle, then four reads side by side (members carry the names).
    expect(await dashboard(large.org.people.kasiA.nip)).toEqual({
      members: 49,
      curveCheck: false,
      statements: 5,
    });
    // The Camat calibrates: the curve check adds its counts beside the unit with the organisation's
    // predicate (as the bench's SQL reads them).
    expect(await dashboard('camat')).toEqual({ members: 50, curveCheck: true, statements: 7 });
    const camat = await large.client.viewer('camat');
    large.db.queries.reset();
    const trend = await large.client.run(camat, TREND, { id: String(large.org.people.staffA1.id) });
    expect(trend.data?.performanceTrend.length).toBeGreaterThan(0);
    // Points with their areas, and feedback, side by side; the viewer's rules are in each statement.
    expect(large.db.queries.count).toBe(2);
  });

  it('joins the members’ JP only when the operation asks for it, through fragments too', async () => {
    const kasi = await large.client.viewer(large.org.people.kasiA.nip);
    const read = async (query: string) => {
      large.db.queries.reset();
      const result = await large.client.run(kasi, query, {
        u: String(large.org.units.unitA.id),
        c: String(cycles.large),
      });
      expect(result.errors).toBeUndefined();
      return {
        statements: large.db.queries.count,
        jpJoin: large.db.queries.statements.some((sql) => sql.includes('development_activity')),
        members: result.data?.teamDashboard.members as Record<string, unknown>[] | undefined,
      };
    };
    const team = (selection: string, fragments = '') =>
      `query ($u: ID!, $c: ID!) { teamDashboard(unitId: $u, cycleId: $c) { ${selection} } } ${fragments}`;
    expect(await read(BENCH_TEAM)).toMatchObject({ statements: 5, jpJoin: false });
    expect(await read(team('members { employeeId planStatus }'))).toMatchObject({ jpJoin: false });
    for (const selection of [
      team('members { employeeId jpDone }'),
      team('... on TeamDashboard { members { belowJpTarget } }'),
      team(
        '...Team',
        'fragment Team on TeamDashboard { members { ...Jp } } fragment Jp on TeamMember { jpDone belowJpTarget }',
      ),
      team('memberPage(sort: JP_DONE) { totalCount }'),
    ]) {
      const answer = await read(selection);
      // Same number of statements: the JP is a join of the members' read, not a read of its own.
      expect([selection, answer.statements, answer.jpJoin]).toEqual([selection, 5, true]);
      for (const member of answer.members ?? [])
        for (const field of ['jpDone', 'belowJpTarget'] as const)
          if (field in member)
            expect(typeof member[field]).toBe(field === 'jpDone' ? 'number' : 'boolean');
    }
  });

  it('reads the members’ employees lean when the operation asks only directory fields, whole otherwise, and answers alike', async () => {
    const camat = await large.client.viewer('camat');
    const read = async (employee: string, extra = '') => {
      large.db.queries.reset();
      const result = await large.client.run(
        camat,
        `query ($u: ID!, $c: ID!${extra ? ', $e: ID!' : ''}) {
          teamDashboard(unitId: $u, cycleId: $c) {
            members { employeeId employee { ${employee} } }
            memberPage(filter: { search: "a" }, limit: 50) { totalCount members { employee { id name nip } } }
            memberUnits { id name }
          }
          ${extra}
        }`,
        {
          u: String(large.org.units.unitA.id),
          c: String(cycles.large),
          ...(extra && { e: String(large.org.people.staffA1.id) }),
        },
      );
      expect(result.errors).toBeUndefined();
      const membersRead = large.db.queries.statements.find((sql) => sql.includes('member_name'));
      return {
        data: result.data as Record<string, Record<string, unknown>>,
        whole: membersRead?.includes('member_birthDate'),
      };
    };
    const lean = await read('id name nip rank pangkat unit { name } position { title }');
    const whole = await read('id name nip rank pangkat unit { name } position { title } gender');
    expect([lean.whole, whole.whole]).toEqual([false, true]);
    // The same members, page and units either way; the gender as stored.
    const withoutEmail = (data: Record<string, Record<string, unknown>>) =>
      JSON.parse(
        JSON.stringify(data.teamDashboard, (key, value) => (key === 'gender' ? undefined : value)),
      );
    expect(withoutEmail(whole.data)).toEqual(withoutEmail(lean.data));
    expect(
      (lean.data.teamDashboard.memberPage as { totalCount: number }).totalCount,
    ).toBeGreaterThan(0);
    const members = whole.data.teamDashboard.members as {
      employeeId: string;
      employee: { gender: string | null };
    }[];
    const [stored] = await large.db.dataSource.query<{ gender: string | null }[]>(
      'SELECT gender FROM employee WHERE id = ?',
      [Number(members[0].employeeId)],
    );
    expect(members[0].employee.gender).toBe(stored.gender);
    expect(stored.gender).toBeTruthy();
    // A lean row primes no loader: a supervisor who is also a member, read through the loader in
    // the same request, is whole.
    const nested = await read('id supervisor { id gender }');
    expect(nested.whole).toBe(false);
    const genders = new Map(
      (
        await large.db.dataSource.query<{ id: number | string; gender: string }[]>(
          'SELECT id, gender FROM employee',
        )
      ).map((row) => [String(row.id), row.gender]),
    );
    const supervised = (
      nested.data.teamDashboard.members as {
        employeeId: string;
        employee: { supervisor: { id: string; gender: string | null } | null };
      }[]
    ).flatMap(({ employee }) => (employee.supervisor ? [employee.supervisor] : []));
    const memberIds = new Set(
      (nested.data.teamDashboard.members as { employeeId: string }[]).map((m) => m.employeeId),
    );
    expect(supervised.filter((supervisor) => memberIds.has(supervisor.id)).length).toBeGreaterThan(
      0,
    );
    for (const supervisor of supervised)
      expect([supervisor.id, supervisor.gender]).toEqual([
        supervisor.id,
        genders.get(supervisor.id),
      ]);
  });

  it('reads of the members’ employees what the dashboard itself needs, even where the operation asks only their ids', async () => {
    const camat = await large.client.viewer('camat');
    const read = async (employee: string) => {
      large.db.queries.reset();
      const result = await large.client.run(
        camat,
        `query ($u: ID!, $c: ID!, $nip: String!) {
          teamDashboard(unitId: $u, cycleId: $c) {
            members { employeeId belowJpTarget employee { ${employee} } }
            memberPage(filter: { search: "a" }, sort: NAME, limit: 50) { totalCount members { employeeId } }
            byNip: memberPage(filter: { search: $nip }) { totalCount }
            memberUnits { id }
          }
        }`,
        {
          u: String(large.org.units.unitA.id),
          c: String(cycles.large),
          nip: large.org.people.staffA1.nip,
        },
      );
      expect(result.errors).toBeUndefined();
      const membersRead = large.db.queries.statements.find((sql) => sql.includes('member_id'));
      return { data: result.data, statement: membersRead ?? '' };
    };
    // Only the id asked: the page's search and order (names, NIPs), its units and who owes JP (the
    // employment type) are still read, and the answer is what whole rows give.
    const lean = await read('id');
    const whole = await read('id gender');
    expect(lean.statement).not.toMatch(/member_birthDate|member_rank|member_supervisorId/);
    expect(whole.statement).toMatch(/member_birthDate/);
    const withoutGender = (data: unknown) =>
      JSON.parse(JSON.stringify(data, (key, value) => (key === 'gender' ? undefined : value)));
    expect(lean.data).toEqual(withoutGender(whole.data));
    const dashboard = lean.data?.teamDashboard as {
      members: { belowJpTarget: boolean | null }[];
      memberPage: { totalCount: number };
      byNip: { totalCount: number };
      memberUnits: unknown[];
    };
    expect(dashboard.members.some((member) => member.belowJpTarget === true)).toBe(true);
    expect(dashboard.memberPage.totalCount).toBeGreaterThan(0);
    expect(dashboard.byNip.totalCount).toBe(1);
    expect(dashboard.memberUnits.length).toBeGreaterThan(0);
  });

  it('serves a page of 5 or 50 members, any filter, in a fixed number of SQL statements', async () => {
    const statements = async (t: SuiteHandle, cycleId: number, f: Record<string, unknown>) => {
      const viewer = await t.client.viewer('camat');
      t.db.queries.reset();
      const result = await t.client.run(viewer, PAGE, {
        u: String(t.org.units.root.id),
        c: String(cycleId),
        f,
        s: 'OVERDUE_REALIZATIONS',
        d: true,
        l: 3,
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.teamDashboard.memberPage.members).toHaveLength(3);
      return t.db.queries.count;
    };
    const all = { search: 'a', late: true };
    const inUnit = (t: SuiteHandle) => ({ ...all, unitId: String(t.org.units.unitA.id) });
    const counts = [
      await statements(small, cycles.small, all),
      await statements(large, cycles.large, all),
      await statements(small, cycles.small, inUnit(small)),
      await statements(large, cycles.large, inUnit(large)),
    ];
    // The unit filter adds one read of the unit tree, whatever the team's size.
    expect(counts).toEqual([counts[0], counts[0], counts[0] + 1, counts[0] + 1]);
  });

  it('reports large groups with their counts', async () => {
    const result = await large.client.as('analis', DISTRIBUTION, {
      c: String(cycles.large),
      g: 'EMPLOYMENT_TYPE',
    });
    expect(result.data?.predicateDistribution).toEqual([
      {
        group: 'PNS',
        suppressed: false,
        total: 49,
        counts: expect.arrayContaining([{ predicate: 'BAIK', count: 49 }]),
      },
    ]);
  });
});
