import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AuditLog } from '../../../platform/audit/audit-log.entity';
import { FIXTURE_PASSWORD } from '../../../testing/fixtures';
import { DRIVERS } from '../../../testing/databases';
import { codesOf } from '../../../testing/graphql-client';
import {
  createApprovedPlan,
  createCycle,
  createFinalEvaluation,
} from '../../../testing/plan-fixtures';
import { useSmallOrg } from '../../../testing/suite';
import { EvaluationStatus, Rating } from '../../evaluation/evaluation.enums';
import { Objection } from '../../evaluation/objection.entity';
import { PerformancePlan } from '../../plan/performance-plan.entity';
import { PlanStatus } from '../../plan/plan.enums';
import { PerformanceCycle } from '../cycle.entity';
import { CycleStatus, Period } from '../cycle.enums';

const CREATE =
  'mutation ($input: CreateCycleInput!) { createCycle(input: $input) { id year status version } }';
const THRESHOLDS = `mutation ($id: ID!, $input: CycleThresholdsInput!, $version: Int!) {
  updateCycleThresholds(id: $id, input: $input, version: $version) { id meetsThreshold exceedsThreshold version }
}`;
const DEADLINES = `mutation ($id: ID!, $input: CycleDeadlinesInput!, $version: Int!) {
  updateCycleDeadlines(id: $id, input: $input, version: $version) { version deadlines { skpDueOn evaluationDueDays } }
}`;
const SET_STATUS =
  'mutation ($id: ID!, $status: CycleStatus!, $reason: String) { setCycleStatus(id: $id, status: $status, reason: $reason) { id status } }';
const PREVIEW = `query ($id: ID!, $status: CycleStatus!) {
  cycleTransitionPreview(id: $id, status: $status) {
    cycleId from to allowed refusalReason requiredRoles reasonRequired effects
    warnings { kind period count }
    plans { draft submitted returned approved withoutPlan }
    evaluations { period missing draft final }
    openObjections failingCurveRules failingCurveChecks { unitName rule count total }
  }
}`;

const { R_SESUAI, R_ATAS } = {
  R_SESUAI: Rating.SESUAI_EKSPEKTASI,
  R_ATAS: Rating.DI_ATAS_EKSPEKTASI,
};

describe.each(DRIVERS)('HR cycle administration on %s', (kind) => {
  const t = useSmallOrg(kind);
  const audits = () => t.db.dataSource.getRepository(AuditLog);

  describe('thresholds and deadlines of the next year', () => {
    let nextId: string;

    it('lets HR create the next year, then set its thresholds (versioned, audited) and deadlines', async () => {
      const created = await t.client.as('admin', CREATE, { input: { year: 2027 } });
      expect(created.errors).toBeUndefined();
      nextId = created.data?.createCycle.id;
      const set = await t.client.as('admin', THRESHOLDS, {
        id: nextId,
        input: { meetsThreshold: 85, exceedsThreshold: 115.5 },
        version: 1,
      });
      expect(set.errors).toBeUndefined();
      expect(set.data?.updateCycleThresholds).toEqual({
        id: nextId,
        meetsThreshold: 85,
        exceedsThreshold: 115.5,
        version: 2,
      });
      const row = await audits().findOneByOrFail({
        action: 'cycle.setThresholds',
        entityId: nextId,
      });
      expect([row.before, row.after]).toEqual([
        { meetsThreshold: 90, exceedsThreshold: 110 },
        { meetsThreshold: 85, exceedsThreshold: 115.5 },
      ]);
      const deadlines = await t.client.as('admin', DEADLINES, {
        id: nextId,
        input: { skpDueOn: '2027-02-15', evaluationDueDays: 20 },
        version: 2,
      });
      expect(deadlines.errors).toBeUndefined();
      expect(deadlines.data?.updateCycleDeadlines).toEqual({
        version: 3,
        deadlines: { skpDueOn: '2027-02-15', evaluationDueDays: 20 },
      });
    });

    it.each([
      [
        { meetsThreshold: 95, exceedsThreshold: 90 },
        [['exceedsThreshold', 'EXCEEDS_THRESHOLD_RANGE']],
      ],
      [{ meetsThreshold: 100, exceedsThreshold: 100 }, [['exceedsThreshold', 'THRESHOLD_ORDER']]],
      [
        { meetsThreshold: 10, exceedsThreshold: 130 },
        [
          ['meetsThreshold', 'MEETS_THRESHOLD_RANGE'],
          ['exceedsThreshold', 'EXCEEDS_THRESHOLD_RANGE'],
        ],
      ],
      [
        { meetsThreshold: 90.123, exceedsThreshold: 110 },
        [['meetsThreshold', 'THRESHOLD_PRECISION']],
      ],
    ])('refuses %j naming each field, and writes nothing', async (input, expected) => {
      const auditCount = await audits().count();
      const result = await t.client.as('admin', THRESHOLDS, { id: nextId, input, version: 3 });
      expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
      const fields = result.errors?.[0].extensions?.fields as { field: string; reason: string }[];
      expect(fields.map((f) => [f.field, f.reason])).toEqual(expected);
      const cycle = await t.db.dataSource
        .getRepository(PerformanceCycle)
        .findOneByOrFail({ id: Number(nextId) });
      expect([cycle.meetsThreshold, cycle.exceedsThreshold, cycle.version]).toEqual([85, 115.5, 3]);
      expect(await audits().count()).toBe(auditCount);
    });

    it('refuses a stale version with CONFLICT STALE_VERSION, and everyone but HR', async () => {
      const stale = await t.client.as('admin', THRESHOLDS, {
        id: nextId,
        input: { meetsThreshold: 80, exceedsThreshold: 110 },
        version: 2,
      });
      expect(codesOf(stale)).toEqual(['CONFLICT']);
      expect(stale.errors?.[0].extensions?.reason).toBe('STALE_VERSION');
      for (const viewer of ['camat', 'analis', t.org.people.kasiA.nip]) {
        const refused = await t.client.as(viewer, THRESHOLDS, {
          id: nextId,
          input: { meetsThreshold: 80, exceedsThreshold: 110 },
          version: 3,
        });
        expect(codesOf(refused)).toEqual(['FORBIDDEN']);
        expect(refused.errors?.[0].extensions?.reason).toBe('CYCLE_THRESHOLDS_FORBIDDEN');
      }
      const cycle = await t.db.dataSource
        .getRepository(PerformanceCycle)
        .findOneByOrFail({ id: Number(nextId) });
      expect(cycle.meetsThreshold).toBe(85);
    });
  });

  describe('status changes with their preview', () => {
    let cycleId: number;

    beforeAll(async () => {
      const ds = t.db.dataSource;
      const p = t.org.people;
      cycleId = await createCycle(ds, 2026, CycleStatus.ACTIVE);
      await createApprovedPlan(ds, { employeeId: p.camat.id, cycleId });
      const kasiA = await createApprovedPlan(ds, { employeeId: p.kasiA.id, cycleId });
      const staffA1 = await createApprovedPlan(ds, { employeeId: p.staffA1.id, cycleId });
      const staffA2 = await createApprovedPlan(ds, { employeeId: p.staffA2.id, cycleId });
      const kasiB = await createApprovedPlan(ds, { employeeId: p.kasiB.id, cycleId });
      await ds
        .getRepository(PerformancePlan)
        .update({ id: staffA2.planId }, { status: PlanStatus.DRAFT });
      await ds
        .getRepository(PerformancePlan)
        .update({ id: kasiB.planId }, { status: PlanStatus.SUBMITTED });
      // staffB1 has no SKP.
      const final = await createFinalEvaluation(ds, staffA1, {
        period: Period.TW1,
        resultRating: R_SESUAI,
        behaviorRating: R_ATAS,
      });
      await createFinalEvaluation(ds, kasiA, {
        period: Period.TW1,
        resultRating: R_SESUAI,
        behaviorRating: R_SESUAI,
        status: EvaluationStatus.DRAFT,
      });
      await ds.getRepository(Objection).insert({
        evaluationId: final,
        employeeId: p.staffA1.id,
        reason: 'Saya keberatan dengan penilaian ini',
        filedAt: new Date(),
      });
    });

    it('counts what starting calibration leaves behind, the same for HR and the Camat', async () => {
      for (const viewer of ['admin', 'camat']) {
        const result = await t.client.as(viewer, PREVIEW, { id: cycleId, status: 'CALIBRATION' });
        expect(result.errors).toBeUndefined();
        const preview = result.data?.cycleTransitionPreview;
        expect(preview).toMatchObject({
          cycleId: String(cycleId),
          from: 'ACTIVE',
          to: 'CALIBRATION',
          allowed: true,
          refusalReason: null,
          requiredRoles: ['HR_ADMIN', 'LEADER'],
          reasonRequired: false,
          plans: { draft: 1, submitted: 1, returned: 0, approved: 3, withoutPlan: 1 },
          openObjections: 1,
          failingCurveRules: [],
          failingCurveChecks: [],
        });
        // Two approved SKP have an evaluator (the Camat's own is approved on submission).
        expect(preview.evaluations).toEqual([
          { period: 'TW1', missing: 0, draft: 1, final: 1 },
          { period: 'TW2', missing: 2, draft: 0, final: 0 },
          { period: 'TW3', missing: 2, draft: 0, final: 0 },
          { period: 'TW4', missing: 2, draft: 0, final: 0 },
          { period: 'ANNUAL', missing: 2, draft: 0, final: 0 },
        ]);
        expect(preview.effects).toEqual([
          'PLANS_FROZEN',
          'REALIZATIONS_CLOSED',
          'FEEDBACK_CLOSED',
          'CALIBRATION_OPEN',
          'IRREVERSIBLE',
        ]);
        expect(preview.warnings).toEqual([
          { kind: 'EMPLOYEES_WITHOUT_PLAN', period: null, count: 1 },
          { kind: 'PLANS_NOT_APPROVED', period: null, count: 2 },
          { kind: 'EVALUATIONS_NOT_FINAL', period: 'TW1', count: 1 },
          { kind: 'EVALUATIONS_MISSING', period: 'TW2', count: 2 },
          { kind: 'EVALUATIONS_MISSING', period: 'TW3', count: 2 },
          { kind: 'EVALUATIONS_MISSING', period: 'TW4', count: 2 },
          { kind: 'EVALUATIONS_MISSING', period: 'ANNUAL', count: 2 },
          { kind: 'OPEN_OBJECTIONS', period: null, count: 1 },
        ]);
      }
    });

    it('answers a step out of order as not allowed, and refuses the preview to others', async () => {
      const skip = await t.client.as('camat', PREVIEW, { id: cycleId, status: 'CLOSED' });
      expect(skip.data?.cycleTransitionPreview).toMatchObject({
        allowed: false,
        refusalReason: 'CYCLE_TRANSITION_INVALID',
        requiredRoles: [],
        effects: [],
        warnings: [],
      });
      for (const viewer of ['analis', t.org.people.kasiA.nip, t.org.people.staffB1.nip]) {
        const refused = await t.client.as(viewer, PREVIEW, { id: cycleId, status: 'CALIBRATION' });
        expect(codesOf(refused)).toEqual(['FORBIDDEN']);
      }
    });

    it('lets HR start calibration but not close; the Camat closes', async () => {
      const started = await t.client.as('admin', SET_STATUS, {
        id: cycleId,
        status: 'CALIBRATION',
      });
      expect(started.data?.setCycleStatus.status).toBe('CALIBRATION');
      const hrPreview = await t.client.as('admin', PREVIEW, { id: cycleId, status: 'CLOSED' });
      expect(hrPreview.data?.cycleTransitionPreview).toMatchObject({
        allowed: false,
        refusalReason: 'CYCLE_TRANSITION_FORBIDDEN',
        requiredRoles: ['LEADER'],
      });
      const auditCount = await audits().count();
      const refused = await t.client.as('admin', SET_STATUS, { id: cycleId, status: 'CLOSED' });
      expect(codesOf(refused)).toEqual(['FORBIDDEN']);
      expect(refused.errors?.[0].extensions?.reason).toBe('CYCLE_TRANSITION_FORBIDDEN');
      expect(await audits().count()).toBe(auditCount);
      const camatPreview = await t.client.as('camat', PREVIEW, { id: cycleId, status: 'CLOSED' });
      expect(camatPreview.data?.cycleTransitionPreview).toMatchObject({
        allowed: true,
        refusalReason: null,
        reasonRequired: false,
        effects: [
          'EVALUATIONS_FROZEN',
          'DEVELOPMENT_PLANS_FROZEN',
          'SETTINGS_FROZEN',
          'IRREVERSIBLE',
        ],
      });
      const closed = await t.client.as('camat', SET_STATUS, { id: cycleId, status: 'CLOSED' });
      expect(closed.data?.setCycleStatus.status).toBe('CLOSED');
      const frozen = await t.client.as('admin', THRESHOLDS, {
        id: cycleId,
        input: { meetsThreshold: 80, exceedsThreshold: 110 },
        version: 3,
      });
      expect(codesOf(frozen)).toEqual(['CONFLICT']);
      expect(frozen.errors?.[0].extensions?.reason).toBe('CYCLE_CLOSED');
    });
  });

  describe('a retried creation', () => {
    let http: Server;
    let url: string;
    let token: string;

    beforeAll(async () => {
      http = t.client.server.app.listen(0, '127.0.0.1');
      await new Promise((resolve) => http.once('listening', resolve));
      url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
      token = (await t.client.server.services.auth.login('admin', FIXTURE_PASSWORD, '127.0.0.1'))
        .token;
    });
    afterAll(() => new Promise((resolve) => http.close(resolve)));

    it('writes the new year once when the same Idempotency-Key is sent twice', async () => {
      const send = async () => {
        const response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${token}`,
            'idempotency-key': 'cycle-2030-first-try',
          },
          body: JSON.stringify({ query: CREATE, variables: { input: { year: 2030 } } }),
        });
        return (await response.json()) as { data?: { createCycle: { id: string } } };
      };
      const first = await send();
      const second = await send();
      expect(second.data?.createCycle.id).toBe(first.data?.createCycle.id);
      expect(await t.db.dataSource.getRepository(PerformanceCycle).countBy({ year: 2030 })).toBe(1);
      expect(
        await audits().countBy({ action: 'cycle.create', entityId: first.data?.createCycle.id }),
      ).toBe(1);
    });
  });
});
