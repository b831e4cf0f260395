import { AuditLog } from '../../../platform/audit/audit-log.entity';
import { Account } from '../../account/account.entity';
import { DRIVERS } from '../../../testing/databases';
import { codesOf, type GraphQLResult } from '../../../testing/graphql-client';
import { newEmployeeInput } from '../../../testing/fixtures';
import { addUtamaTarget, createCycle } from '../../../testing/plan-fixtures';
import { useSmallOrg } from '../../../testing/suite';
import { PerformancePlan } from '../../plan/performance-plan.entity';
import { PlanStatus } from '../../plan/plan.enums';
import { Realization } from '../../plan/realization.entity';
import { JobHistory } from '../../staffing/job-history.entity';
import { Employee } from '../employee.entity';

const CREATE =
  'mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { id nip } }';
const HISTORY = `query ($id: ID!) { jobHistory(employeeId: $id) { kind startsOn endsOn rank unit { id } } }`;
const CREATE_PLAN =
  'mutation ($input: CreatePerformancePlanInput!) { createPerformancePlan(input: $input) { id startsOn endsOn overdue { kind dueOn daysLate } } }';
const PLAN_OVERDUE = `query ($id: ID!) { performancePlan(id: $id) { overdue { kind dueOn daysLate } } }`;
const REPORT =
  'mutation ($input: SubmitRealizationInput!) { submitRealization(input: $input) { id period } }';

const fieldsOf = (result: GraphQLResult) =>
  ((result.errors?.[0]?.extensions?.fields ?? []) as { field: string; reason: string }[]).map(
    (problem) => `${problem.field}:${problem.reason}`,
  );

/**
 * Someone who arrives in the kecamatan during the year (a new CPNS, a transfer in) owes nothing of
 * the months before: HR records their TMT, the riwayat jabatan opens on it, and their SKP of that
 * year starts on it (due 30 days later, not since 31 January).
 */
describe.each(DRIVERS)('an employee who arrives during the year on %s', (kind) => {
  const t = useSmallOrg(kind);
  let cycleId: number;
  let sequence = 800;
  const newEmployee = (overrides: Record<string, unknown> = {}) => {
    sequence += 1;
    return {
      ...newEmployeeInput(t.org, {
        sequence,
        name: 'Rani Pegawai Pindahan',
        birthDate: '1995-03-14',
        appointment: '2025-02',
      }),
      ...overrides,
    };
  };
  const counts = async () => ({
    employees: await t.db.dataSource.getRepository(Employee).count(),
    history: await t.db.dataSource.getRepository(JobHistory).count(),
    audit: await t.db.dataSource.getRepository(AuditLog).count(),
  });

  /** The new employee has changed the one-time password (that flow is tested elsewhere). */
  const passwordChanged = (nip: string) =>
    t.db.dataSource.getRepository(Account).update({ username: nip }, { mustChangePassword: false });

  beforeAll(async () => {
    t.client.today = '2026-07-10';
    cycleId = await createCycle(t.db.dataSource, 2026);
  });

  it('refuses a TMT that is not a date or is after today, and writes nothing', async () => {
    const before = await counts();
    const future = await t.client.as('admin', CREATE, {
      input: newEmployee({ tmt: '2026-07-11' }),
    });
    expect(codesOf(future)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(future)).toEqual(['tmt:TMT_IN_FUTURE']);
    const notADate = await t.client.as('admin', CREATE, {
      input: newEmployee({ tmt: '2026-02-30' }),
    });
    expect(codesOf(notADate)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(notADate).map((field) => field.split(':')[0])).toEqual(['tmt']);
    expect(await counts()).toEqual(before);
  });

  it('opens the riwayat jabatan on the TMT and starts the SKP of the year on it', async () => {
    const input = newEmployee({ tmt: '2026-07-01' });
    const created = await t.client.as('admin', CREATE, { input });
    expect(created.errors).toBeUndefined();
    const id = created.data?.createEmployee.id as string;
    const history = await t.client.as('admin', HISTORY, { id });
    expect(history.data?.jobHistory).toEqual([
      {
        kind: 'PENGANGKATAN',
        startsOn: '2026-07-01',
        endsOn: null,
        rank: 'III/a',
        unit: { id: String(t.org.units.unitB.id) },
      },
    ]);

    await passwordChanged(input.nip);
    const plan = await t.client.as(input.nip, CREATE_PLAN, { input: { cycleId: String(cycleId) } });
    expect(plan.errors).toBeUndefined();
    expect(plan.data?.createPerformancePlan).toMatchObject({
      startsOn: '2026-07-01',
      endsOn: null,
      overdue: null,
    });
    // Due 30 days after the TMT: late from 1 August, not since 31 January.
    const planId = plan.data?.createPerformancePlan.id as string;
    const overdueOn = (today: string) =>
      t.client.on(today, () => t.client.as('admin', PLAN_OVERDUE, { id: planId }));
    expect((await overdueOn('2026-07-31')).data?.performancePlan.overdue).toBeNull();
    expect((await overdueOn('2026-08-01')).data?.performancePlan.overdue).toEqual({
      kind: 'SKP_NOT_APPROVED',
      dueOn: '2026-07-31',
      daysLate: 1,
    });

    // Approved (the approval flow is tested elsewhere): TW2, still open for reports on 10 July,
    // ended before the TMT and is not this SKP's; TW3 is.
    await t.db.dataSource
      .getRepository(PerformancePlan)
      .update({ id: Number(planId) }, { status: PlanStatus.APPROVED, approvedAt: new Date() });
    const { indicatorIds } = await addUtamaTarget(t.db.dataSource, {
      planId: Number(planId),
      description: 'RHK utama pegawai pindahan',
    });
    const report = (period: string) =>
      t.client.as(input.nip, REPORT, {
        input: {
          indicatorId: String(indicatorIds[0]),
          period,
          value: 40,
          evidenceUrl: 'https://kecamatan-gayungan.surabaya.go.id/bukti/skp-1',
        },
      });
    const reports = () => t.db.dataSource.getRepository(Realization).count();
    const before = await reports();
    const tw2 = await report('TW2');
    expect(codesOf(tw2)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(tw2)).toEqual(['period:PERIOD_OUTSIDE_PLAN']);
    expect(await reports()).toBe(before);
    expect((await report('TW3')).errors).toBeUndefined();
    expect(await reports()).toBe(before + 1);
  });

  it('without a TMT keeps no riwayat jabatan and the SKP covers the whole year', async () => {
    const input = newEmployee();
    const created = await t.client.as('admin', CREATE, { input });
    expect(created.errors).toBeUndefined();
    const id = created.data?.createEmployee.id as string;
    expect((await t.client.as('admin', HISTORY, { id })).data?.jobHistory).toEqual([]);
    await passwordChanged(input.nip);
    const plan = await t.client.as(input.nip, CREATE_PLAN, { input: { cycleId: String(cycleId) } });
    expect(plan.errors).toBeUndefined();
    expect(plan.data?.createPerformancePlan).toMatchObject({
      startsOn: null,
      overdue: { kind: 'SKP_NOT_APPROVED', dueOn: '2026-01-31', daysLate: 160 },
    });
  });
});
