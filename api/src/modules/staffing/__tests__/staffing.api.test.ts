import { Account } from '../../account/account.entity';
import { Evaluation } from '../../evaluation/evaluation.entity';
import { EvaluationStatus, Rating } from '../../evaluation/evaluation.enums';
import { Period } from '../../cycle/cycle.enums';
import { Notification } from '../../feedback/notification.entity';
import { Employee, ReportingLine } from '../../org/employee.entity';
import { OrgUnit } from '../../org/org-unit.entity';
import { PositionLevel } from '../../org/org.enums';
import { Position } from '../../org/position.entity';
import { PerformancePlan } from '../../plan/performance-plan.entity';
import { AuditLog } from '../../../platform/audit/audit-log.entity';
import { Role } from '../../../platform/auth/role';
import { DRIVERS } from '../../../testing/databases';
import { codesOf, type GraphQLResult } from '../../../testing/graphql-client';
import {
  type ApprovedPlan,
  createApprovedPlan,
  createCycle,
  createFinalEvaluation,
  keptAndFreshPredicateCounts,
} from '../../../testing/plan-fixtures';
import { useSmallOrg } from '../../../testing/suite';
import type { AddressInfo } from 'node:net';
import ExcelJS from 'exceljs';
import { FIXTURE_PASSWORD } from '../../../testing/fixtures';
import { JobHistory } from '../job-history.entity';

const MOVE = `mutation ($input: MoveEmployeeInput!, $dryRun: Boolean) { moveEmployee(input: $input, dryRun: $dryRun) {
  dryRun employee { id unit { id } version } supervisor { id }
  jobHistory { kind startsOn endsOn decreeNumber unit { id } supervisor { id } }
  closedPlans { id sequence endsOn } startedPlans { id sequence startsOn status evaluatorCapacity evaluator { id } }
  reassignedStaff { id } } }`;
const HISTORY = `query ($id: ID!) { jobHistory(employeeId: $id) { kind startsOn endsOn rank } }`;
const CREATE_ACTING = `mutation ($input: CreateActingAssignmentInput!) { createActingAssignment(input: $input) {
  id kind version status startsOn endsOn employee { id } unit { id } } }`;
const END_ACTING = `mutation ($id: ID!, $version: Int!, $endsOn: String) { endActingAssignment(id: $id, version: $version, endsOn: $endsOn) { id endsOn version status } }`;
const ACTING_LIST = `query { actingAssignments(first: 10) { totalCount edges { node { id kind status } } } }`;
const SAVE = `mutation ($input: SaveEvaluationInput!) { saveEvaluation(input: $input) { id version status evaluatorCapacity } }`;
const FINALIZE = `mutation ($id: ID!, $version: Int!) { finalizeEvaluation(id: $id, version: $version, reason: "Tanpa laporan realisasi: dinilai dari rapat evaluasi") { id status evaluatorCapacity } }`;
const PLAN = `query ($id: ID!) { performancePlan(id: $id) { id sequence startsOn endsOn evaluatorCapacity evaluator { id }
  cyclePlans { id sequence startsOn endsOn } quarterEvaluations { period evaluator { id } } } }`;

const fieldsOf = (result: GraphQLResult) =>
  ((result.errors?.[0]?.extensions?.fields ?? []) as { field: string; reason: string }[]).map(
    (f) => `${f.field}:${f.reason}`,
  );
const reasonOf = (result: GraphQLResult) => result.errors?.[0]?.extensions?.reason;

describe.each(DRIVERS)('mutasi, job history and acting officials on %s', (kind) => {
  const t = useSmallOrg(kind);
  let cycleId: number;
  const plans: Record<string, ApprovedPlan> = {};
  const p = () => t.org.people;
  const ds = () => t.db.dataSource;
  const versionOf = async (id: number) =>
    (await ds().getRepository(Employee).findOneByOrFail({ id })).version;
  const ancestorsOf = async (id: number) =>
    (await ds().getRepository(ReportingLine).findBy({ descendantId: id }))
      .map((row) => [row.ancestorId, row.depth])
      .sort((a, b) => a[1] - b[1]);
  const planRow = (id: number) => ds().getRepository(PerformancePlan).findOneByOrFail({ id });

  beforeAll(async () => {
    t.client.today = '2026-05-20';
    cycleId = await createCycle(ds(), 2026);
    for (const who of ['camat', 'kasiA', 'kasiB', 'staffA1', 'staffA2', 'staffB1'] as const)
      plans[who] = await createApprovedPlan(ds(), { employeeId: p()[who].id, cycleId });
    // staffA1's TW1 is evaluated FINAL by kasiA; staffA2's TW1 is a draft by kasiA.
    await createFinalEvaluation(ds(), plans.staffA1, {
      period: Period.TW1,
      resultRating: Rating.SESUAI_EKSPEKTASI,
      behaviorRating: Rating.SESUAI_EKSPEKTASI,
    });
    await createFinalEvaluation(ds(), plans.staffA2, {
      period: Period.TW1,
      resultRating: Rating.SESUAI_EKSPEKTASI,
      behaviorRating: Rating.SESUAI_EKSPEKTASI,
      status: EvaluationStatus.DRAFT,
    });
    // staffB1 also works in HR (Subbagian Kepegawaian): HR is notified through them.
    await ds()
      .getRepository(Account)
      .update({ employeeId: p().staffB1.id }, { roles: [Role.EMPLOYEE, Role.HR_ADMIN] });
  });

  const moveStaffA1 = (extra: Record<string, unknown> = {}) => ({
    employeeId: String(p().staffA1.id),
    tmt: '2026-05-15',
    decreeNumber: 'SK 800/123/436.11/2026',
    unitId: String(t.org.units.unitB.id),
    ...extra,
  });

  it('lets only HR move an employee', async () => {
    const version = await versionOf(p().staffA1.id);
    for (const who of [p().kasiA.nip, 'camat', 'analis']) {
      const refused = await t.client.as(who, MOVE, { input: moveStaffA1({ version }) });
      expect(codesOf(refused)).toEqual(['FORBIDDEN']);
      expect(reasonOf(refused)).toBe('EMPLOYEE_MOVE_FORBIDDEN');
    }
  });

  it('names each bad field and writes nothing', async () => {
    const version = await versionOf(p().staffA1.id);
    const bad = await t.client.as('admin', MOVE, {
      input: moveStaffA1({ version, tmt: '2026-02-30', decreeNumber: ' ', rank: 'IX/z' }),
    });
    expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(bad)).toEqual(
      expect.arrayContaining([
        'tmt:INVALID_DATE',
        'decreeNumber:LENGTH',
        'rank:RANK_NOT_FOR_EMPLOYMENT_TYPE',
      ]),
    );
    const future = await t.client.as('admin', MOVE, {
      input: moveStaffA1({ version, tmt: '2026-06-01' }),
    });
    expect(fieldsOf(future)).toEqual(['tmt:TMT_IN_FUTURE']);
    // A pejabat penilai below PENGAWAS is refused.
    const low = await t.client.as('admin', MOVE, {
      input: moveStaffA1({ version, supervisorId: String(p().staffB1.id) }),
    });
    expect(fieldsOf(low)).toEqual(['supervisorId:EVALUATOR_LEVEL_TOO_LOW']);
    expect(await ds().getRepository(JobHistory).count()).toBe(0);
    expect(
      (await ds().getRepository(Employee).findOneByOrFail({ id: p().staffA1.id })).unitId,
    ).toBe(t.org.units.unitA.id);
  });

  it('places nobody in a closed unit or a closed position', async () => {
    const closedAt = new Date('2026-03-01T00:00:00Z');
    const unit = await ds().getRepository(OrgUnit).insert({
      name: 'Seksi yang Sudah Ditutup',
      parentId: t.org.units.root.id,
      depth: 1,
      closedAt,
    });
    const position = await ds().getRepository(Position).insert({
      title: 'Jabatan yang Sudah Ditutup',
      level: PositionLevel.PELAKSANA,
      unitId: t.org.units.unitB.id,
      closedAt,
    });
    const version = await versionOf(p().staffA1.id);
    const refused = await t.client.as('admin', MOVE, {
      input: moveStaffA1({
        version,
        unitId: String(unit.identifiers[0].id),
        positionId: String(position.identifiers[0].id),
      }),
    });
    expect(codesOf(refused)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(refused)).toEqual(['unitId:UNIT_CLOSED', 'positionId:POSITION_CLOSED']);
    expect(await versionOf(p().staffA1.id)).toBe(version);
    expect(await ds().getRepository(JobHistory).count()).toBe(0);
  });

  it('refuses a stale version with CONFLICT', async () => {
    const version = await versionOf(p().staffA1.id);
    const stale = await t.client.as('admin', MOVE, {
      input: moveStaffA1({ version: version - 1 }),
    });
    expect(codesOf(stale)).toEqual(['CONFLICT']);
    expect(reasonOf(stale)).toBe('STALE_VERSION');
  });

  it('previews a mutasi on a dry run without saving anything', async () => {
    const version = await versionOf(p().staffA1.id);
    const preview = await t.client.as('admin', MOVE, {
      input: moveStaffA1({ version }),
      dryRun: true,
    });
    expect(preview.errors).toBeUndefined();
    expect(preview.data?.moveEmployee).toMatchObject({
      dryRun: true,
      supervisor: { id: String(p().kasiB.id) },
      closedPlans: [{ id: String(plans.staffA1.planId), endsOn: '2026-05-14' }],
      startedPlans: [
        { sequence: 2, startsOn: '2026-05-15', evaluator: { id: String(p().kasiB.id) } },
      ],
    });
    expect(await versionOf(p().staffA1.id)).toBe(version);
    expect(await ds().getRepository(PerformancePlan).countBy({ employeeId: p().staffA1.id })).toBe(
      1,
    );
    expect(await ds().getRepository(JobHistory).count()).toBe(0);
  });

  it('moves mid-cycle: the SKP closes at the TMT, a new one starts with the new supervisor, finished periods keep their evaluator, the closure follows', async () => {
    const version = await versionOf(p().staffA1.id);
    // An annual draft of the year: the mutasi drops it (the new SKP takes the year over).
    await createFinalEvaluation(ds(), plans.staffA1, {
      period: Period.ANNUAL,
      resultRating: Rating.SESUAI_EKSPEKTASI,
      behaviorRating: Rating.SESUAI_EKSPEKTASI,
      status: EvaluationStatus.DRAFT,
    });
    const before = await keptAndFreshPredicateCounts(ds());
    expect(before.kept).toEqual([`${t.org.units.unitA.id}|${cycleId}|BAIK|1`]);
    const moved = await t.client.as('admin', MOVE, { input: moveStaffA1({ version }) });
    expect(moved.errors).toBeUndefined();
    // The dropped draft leaves the calibration counts of unit A, kept as a fresh count has them.
    const after = await keptAndFreshPredicateCounts(ds());
    expect(after).toEqual({ kept: [], fresh: [] });
    const result = moved.data?.moveEmployee;
    expect(result).toMatchObject({
      dryRun: false,
      employee: { unit: { id: String(t.org.units.unitB.id) } },
      supervisor: { id: String(p().kasiB.id) },
      jobHistory: { kind: 'MUTASI', startsOn: '2026-05-15', endsOn: null },
      closedPlans: [{ id: String(plans.staffA1.planId), sequence: 1, endsOn: '2026-05-14' }],
      startedPlans: [
        {
          sequence: 2,
          startsOn: '2026-05-15',
          status: 'DRAFT',
          evaluatorCapacity: 'DEFINITIF',
          evaluator: { id: String(p().kasiB.id) },
        },
      ],
    });
    // The old SKP keeps its pejabat penilai and its FINAL TW1 evaluation.
    expect((await planRow(plans.staffA1.planId)).evaluatorId).toBe(p().kasiA.id);
    const tw1 = await ds().getRepository(Evaluation).findOneByOrFail({
      planId: plans.staffA1.planId,
      period: Period.TW1,
    });
    expect(tw1).toMatchObject({ evaluatorId: p().kasiA.id, status: EvaluationStatus.FINAL });
    // Reporting line: under kasiB and the camat, no longer under kasiA.
    expect(await ancestorsOf(p().staffA1.id)).toEqual([
      [p().staffA1.id, 0],
      [p().kasiB.id, 1],
      [p().camat.id, 2],
    ]);
    const audit = await ds().getRepository(AuditLog).findOneBy({ action: 'employee.move' });
    expect(audit).toMatchObject({ entityId: String(p().staffA1.id) });

    // Both SKPs of the year are visible on the new one, with the quarters of the old.
    const startedId = result.startedPlans[0].id;
    const plan = await t.client.as(p().kasiB.nip, PLAN, { id: startedId });
    expect(plan.errors).toBeUndefined();
    expect(plan.data?.performancePlan).toMatchObject({
      cyclePlans: [
        { id: String(plans.staffA1.planId), sequence: 1, startsOn: null, endsOn: '2026-05-14' },
        { id: startedId, sequence: 2, startsOn: '2026-05-15', endsOn: null },
      ],
      quarterEvaluations: [{ period: 'TW1', evaluator: { id: String(p().kasiA.id) } }],
    });
    // The new SKP does not take TW1: it belongs to the old one.
    const tw1OnNew = await t.client.as(p().kasiB.nip, SAVE, {
      input: {
        planId: startedId,
        period: 'TW1',
        resultRating: 'SESUAI_EKSPEKTASI',
        behaviorRating: 'SESUAI_EKSPEKTASI',
      },
    });
    expect(codesOf(tw1OnNew)).toEqual(['CONFLICT']); // the new SKP is not approved yet
  });

  it('keeps the closed SKP’s quarters in the recap and in the new pejabat penilai’s team dashboard', async () => {
    // staffA1 moved to unit B at 2026-05-15; their TW1 stays FINAL on the closed SKP.
    const team = await t.client.as(
      p().kasiB.nip,
      `query ($u: ID!, $c: ID!) { teamDashboard(unitId: $u, cycleId: $c) {
        members { employee { id } latestPeriod latestPredicate predicateLevels } } }`,
      { u: String(t.org.units.unitB.id), c: String(cycleId) },
    );
    expect(team.errors).toBeUndefined();
    expect(
      team.data?.teamDashboard.members.find(
        (member: { employee: { id: string } }) => member.employee.id === String(p().staffA1.id),
      ),
    ).toMatchObject({ latestPeriod: 'TW1', latestPredicate: 'BAIK' });

    const http = t.client.server.app.listen(0);
    await new Promise((resolve) => http.once('listening', resolve));
    try {
      const { token } = await t.client.server.services.auth.login(
        'admin',
        FIXTURE_PASSWORD,
        '127.0.0.1',
      );
      const response = await fetch(
        `http://127.0.0.1:${(http.address() as AddressInfo).port}/exports/recap.xlsx?cycleId=${cycleId}&period=TW1`,
        { headers: { authorization: `Bearer ${token}` } },
      );
      expect(response.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
      const rows: unknown[][] = [];
      workbook.getWorksheet('Rekap Kinerja')!.eachRow((row, number) => {
        if (number > 4) rows.push((row.values as unknown[]).slice(1));
      });
      const staffA1 = rows.find((row) => row.includes(p().staffA1.nip));
      expect(staffA1).toEqual(expect.arrayContaining(['Baik', 'Sesuai Ekspektasi']));
    } finally {
      await new Promise((resolve) => http.close(resolve));
    }
  });

  it('a head who moves out leaves the post vacant: staff and their open evaluations pass to the next head up, who and HR are notified', async () => {
    const version = await versionOf(p().kasiA.id);
    const moved = await t.client.as('admin', MOVE, {
      input: {
        employeeId: String(p().kasiA.id),
        version,
        tmt: '2026-05-18',
        decreeNumber: 'SK 800/124/436.11/2026',
        unitId: String(t.org.units.unitB.id),
      },
    });
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.moveEmployee.reassignedStaff).toEqual([{ id: String(p().staffA2.id) }]);
    expect(
      (await ds().getRepository(OrgUnit).findOneByOrFail({ id: t.org.units.unitA.id })).headId,
    ).toBeNull();
    // staffA2's open SKP and its draft evaluation follow to the camat.
    expect(await planRow(plans.staffA2.planId)).toMatchObject({
      evaluatorId: p().camat.id,
      evaluatorCapacity: 'DEFINITIF',
    });
    const draft = await ds()
      .getRepository(Evaluation)
      .findOneByOrFail({ planId: plans.staffA2.planId });
    expect(draft).toMatchObject({ evaluatorId: p().camat.id, status: EvaluationStatus.DRAFT });
    expect(await ancestorsOf(p().staffA2.id)).toEqual([
      [p().staffA2.id, 0],
      [p().camat.id, 1],
    ]);
    const notices = await ds().getRepository(Notification).findBy({ kind: 'evaluator.vacancy' });
    expect(notices.map((n) => n.recipientId).sort()).toEqual([p().camat.id, p().staffB1.id].sort());
  });

  let actingId: string;
  let draftId: string;
  it('a Plt evaluates the staff of the vacant post during the term, signed as Plt', async () => {
    const refused = await t.client.as(p().kasiB.nip, CREATE_ACTING, {
      input: {
        kind: 'PLT',
        employeeId: String(p().kasiB.id),
        unitId: String(t.org.units.unitA.id),
        startsOn: '2026-05-19',
        endsOn: '2026-07-10',
        decreeNumber: 'SPT 800/55/2026',
      },
    });
    expect(reasonOf(refused)).toBe('ACTING_ASSIGNMENT_FORBIDDEN');
    const bad = await t.client.as('admin', CREATE_ACTING, {
      input: {
        kind: 'PLT',
        employeeId: String(p().kasiB.id),
        unitId: String(t.org.units.unitA.id),
        startsOn: '2026-07-10',
        endsOn: '2026-05-19',
        decreeNumber: '',
      },
    });
    expect(fieldsOf(bad).sort()).toEqual(['decreeNumber:LENGTH', 'endsOn:TERM_INVALID']);

    const created = await t.client.as('admin', CREATE_ACTING, {
      input: {
        kind: 'PLT',
        employeeId: String(p().kasiB.id),
        unitId: String(t.org.units.unitA.id),
        startsOn: '2026-05-19',
        endsOn: '2026-07-10',
        decreeNumber: 'SPT 800/55/2026',
      },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createActingAssignment).toMatchObject({ kind: 'PLT', status: 'IN_TERM' });
    actingId = created.data?.createActingAssignment.id;
    expect(await planRow(plans.staffA2.planId)).toMatchObject({
      evaluatorId: p().kasiB.id,
      evaluatorCapacity: 'PLT',
    });
    // The Plt reads the plan and saves the TW2 draft, signed as PLT.
    const plan = await t.client.as(p().kasiB.nip, PLAN, { id: String(plans.staffA2.planId) });
    expect(plan.data?.performancePlan).toMatchObject({
      evaluatorCapacity: 'PLT',
      evaluator: { id: String(p().kasiB.id) },
    });
    const saved = await t.client.as(p().kasiB.nip, SAVE, {
      input: {
        planId: String(plans.staffA2.planId),
        period: 'TW2',
        resultRating: 'SESUAI_EKSPEKTASI',
        behaviorRating: 'DI_ATAS_EKSPEKTASI',
      },
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.saveEvaluation).toMatchObject({ status: 'DRAFT', evaluatorCapacity: 'PLT' });
    draftId = saved.data?.saveEvaluation.id;
    // The camat is no longer this SKP's pejabat penilai while the Plt is in term.
    const camat = await t.client.as('camat', SAVE, {
      input: {
        planId: String(plans.staffA2.planId),
        period: 'TW2',
        resultRating: 'SESUAI_EKSPEKTASI',
        behaviorRating: 'SESUAI_EKSPEKTASI',
        version: saved.data?.saveEvaluation.version,
      },
    });
    expect(reasonOf(camat)).toBe('NOT_EVALUATOR');
    // After TW2 ends, still in term, the Plt finalises it.
    const final = await t.client.on('2026-07-05', async () => {
      const current = await ds()
        .getRepository(Evaluation)
        .findOneByOrFail({ id: Number(draftId) });
      return t.client.as(p().kasiB.nip, FINALIZE, { id: draftId, version: current.version });
    });
    expect(final.errors).toBeUndefined();
    expect(final.data?.finalizeEvaluation).toMatchObject({
      status: 'FINAL',
      evaluatorCapacity: 'PLT',
    });
    const list = await t.client.as('admin', ACTING_LIST);
    expect(list.data?.actingAssignments.totalCount).toBe(1);
    expect(codesOf(await t.client.as(p().staffA1.nip, ACTING_LIST))).toEqual([]);
    expect(
      (await t.client.as(p().staffA1.nip, ACTING_LIST)).data?.actingAssignments.totalCount,
    ).toBe(0);
  });

  it('after the term the Plt can no longer evaluate; the next head up can', async () => {
    const tw3 = {
      planId: String(plans.staffA2.planId),
      period: 'TW3',
      resultRating: 'SESUAI_EKSPEKTASI',
      behaviorRating: 'SESUAI_EKSPEKTASI',
    };
    await t.client.on('2026-07-11', async () => {
      expect(reasonOf(await t.client.as(p().kasiB.nip, SAVE, { input: tw3 }))).toBe(
        'NOT_EVALUATOR',
      );
      const camat = await t.client.as('camat', SAVE, { input: tw3 });
      expect(camat.errors).toBeUndefined();
      expect(camat.data?.saveEvaluation.evaluatorCapacity).toBe('DEFINITIF');
    });
    // Ending a term early: stale version is a CONFLICT, the right one ends it.
    const term = await t.client.as('admin', END_ACTING, { id: actingId, version: 0 });
    expect(reasonOf(term)).toBe('STALE_VERSION');
  });

  it('refuses an evaluator below PENGAWAS level with a machine reason', async () => {
    // staffB1's atasan recorded (wrongly) as a PELAKSANA colleague.
    await ds()
      .getRepository(Employee)
      .update({ id: p().staffB1.id }, { supervisorId: p().staffA1.id });
    await ds()
      .getRepository(PerformancePlan)
      .update({ id: plans.staffB1.planId }, { evaluatorId: p().staffA1.id });
    const refused = await t.client.as(p().staffA1.nip, SAVE, {
      input: {
        planId: String(plans.staffB1.planId),
        period: 'TW2',
        resultRating: 'SESUAI_EKSPEKTASI',
        behaviorRating: 'SESUAI_EKSPEKTASI',
      },
    });
    expect(codesOf(refused)).toEqual(['FORBIDDEN']);
    expect(reasonOf(refused)).toBe('EVALUATOR_LEVEL_TOO_LOW');
    await ds()
      .getRepository(Employee)
      .update({ id: p().staffB1.id }, { supervisorId: p().kasiB.id });
  });

  it('shows job history to self, the supervisor chain, the LEADER and HR only', async () => {
    const rowsFor = async (who: string) =>
      (await t.client.as(who, HISTORY, { id: String(p().staffA1.id) })).data?.jobHistory;
    for (const who of [p().staffA1.nip, p().kasiB.nip, 'camat', 'admin'])
      expect(await rowsFor(who)).toEqual([
        { kind: 'MUTASI', startsOn: '2026-05-15', endsOn: null, rank: 'II/c' },
      ]);
    for (const who of [p().staffB1.nip.replace(/.*/, p().staffA2.nip), 'analis'])
      expect(await rowsFor(who)).toEqual([]);
  });
  it('reads the SKPs of the cycle for a whole page of plans in one statement, only those the viewer may read', async () => {
    const LIST = `query ($first: Int) { performancePlans(first: $first) { edges { node { id employee { id } cyclePlans { id } } } } }`;
    type Node = { id: string; employee: { id: string }; cyclePlans: { id: string }[] | null };
    const page = async (who: string, first: number) => {
      t.db.queries.reset();
      const result = await t.client.as(who, LIST, { first });
      const nodes = (result.data!.performancePlans as { edges: { node: Node }[] }).edges.map(
        (edge) => edge.node,
      );
      return { statements: t.db.queries.count, nodes, errors: result.errors ?? [] };
    };
    const one = await page('admin', 1);
    const all = await page('admin', 50);
    expect(all.errors).toEqual([]);
    expect(all.nodes.length).toBeGreaterThan(5);
    expect(all.statements).toBe(one.statements);
    // staffA1 has two SKPs in 2026 after the mutasi: each lists both.
    const staffA1 = all.nodes.filter((node) => node.employee.id === String(p().staffA1.id));
    expect(staffA1).toHaveLength(2);
    for (const node of staffA1) expect(node.cyclePlans).toHaveLength(2);
    // A member reads the cascade of colleagues' plans but their terms only on their own.
    const own = await page(p().staffA2.nip, 50);
    const mine = own.nodes.filter((node) => node.employee.id === String(p().staffA2.id));
    expect(mine.length).toBeGreaterThan(0);
    for (const node of mine) expect(node.cyclePlans).toEqual([{ id: node.id }]);
    for (const node of own.nodes.filter((candidate) => !mine.includes(candidate)))
      expect(node.cyclePlans).toBeNull();
  });
});
