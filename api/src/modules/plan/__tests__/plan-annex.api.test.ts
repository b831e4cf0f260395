import { AuditLog } from '../../../platform/audit/audit-log.entity';
import { DRIVERS } from '../../../testing/databases';
import { codesOf } from '../../../testing/graphql-client';
import { createApprovedPlan, createCycle } from '../../../testing/plan-fixtures';
import { useSmallOrg } from '../../../testing/suite';
import { PerformancePlan } from '../performance-plan.entity';
import { PlanStatus } from '../plan.enums';

const UPDATE = `mutation ($id: ID!, $input: PlanAnnexInput!, $version: Int!) {
  updatePlanAnnex(planId: $id, input: $input, version: $version) {
    status version resourceSupport accountabilityScheme consequences } }`;
const READ = `query ($id: ID!) { performancePlan(id: $id) {
  resourceSupport accountabilityScheme consequences } }`;

describe.each(DRIVERS)('SKP lampiran on %s', (kind) => {
  const t = useSmallOrg(kind, { extraStaffInA: 5 });
  let planId: number;
  let approvedId: number;

  beforeAll(async () => {
    const ds = t.db.dataSource;
    const cycleId = await createCycle(ds, 2026);
    const camat = await createApprovedPlan(ds, { employeeId: t.org.people.camat.id, cycleId });
    const kasi = await createApprovedPlan(ds, {
      employeeId: t.org.people.kasiA.id,
      cycleId,
      parentTargetId: camat.targetId,
    });
    approvedId = kasi.planId;
    const staff = await createApprovedPlan(ds, {
      employeeId: t.org.people.staffA1.id,
      cycleId,
      parentTargetId: kasi.targetId,
    });
    planId = staff.planId;
    await ds
      .getRepository(PerformancePlan)
      .update(planId, { status: PlanStatus.RETURNED, approvedAt: null });
  });

  const row = () => t.db.dataSource.getRepository(PerformancePlan).findOneByOrFail({ id: planId });

  it('lets the owner write the lampiran of an editable plan, trimmed, versioned and audited', async () => {
    const before = await row();
    const result = await t.client.as(t.org.people.staffA1.nip, UPDATE, {
      id: String(planId),
      version: before.version,
      input: {
        resourceSupport: '  Laptop dan akses e-Kinerja ',
        accountabilityScheme: 'Laporan bulanan',
        consequences: '',
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.updatePlanAnnex).toEqual({
      // Editing a returned plan makes it a draft again, as any edit does.
      status: 'DRAFT',
      version: before.version + 1,
      resourceSupport: 'Laptop dan akses e-Kinerja',
      accountabilityScheme: 'Laporan bulanan',
      consequences: null,
    });
    const audit = await t.db.dataSource
      .getRepository(AuditLog)
      .findOneByOrFail({ action: 'plan.updateAnnex', entityId: String(planId) });
    expect(audit.after).toMatchObject({ resourceSupport: 'Laptop dan akses e-Kinerja' });
  });

  it('refuses a stale version, an over-long text, another person and a frozen plan, writing nothing', async () => {
    const before = await row();
    const attempt = (
      username: string,
      input: Record<string, unknown>,
      version = before.version,
      id = planId,
    ) => t.client.as(username, UPDATE, { id: String(id), version, input });
    const stale = await attempt(
      t.org.people.staffA1.nip,
      { consequences: 'x' },
      before.version - 1,
    );
    expect(codesOf(stale)).toEqual(['CONFLICT']);
    expect(stale.errors?.[0].extensions?.reason).toBe('STALE_VERSION');
    const long = await attempt(t.org.people.staffA1.nip, {
      resourceSupport: 'a'.repeat(2001),
      consequences: 'b'.repeat(2000),
    });
    expect(codesOf(long)).toEqual(['BAD_USER_INPUT']);
    expect(long.errors?.[0].extensions?.fields).toEqual([
      {
        field: 'resourceSupport',
        reason: 'MAX_LENGTH',
        message: 'must be at most 2000 characters',
        params: { max: 2000 },
      },
    ]);
    for (const other of [t.org.people.kasiA.nip, t.org.people.staffA2.nip, 'admin', 'camat'])
      expect(codesOf(await attempt(other, { consequences: 'x' }))).toEqual(['FORBIDDEN']);
    const kasiPlan = await t.db.dataSource
      .getRepository(PerformancePlan)
      .findOneByOrFail({ id: approvedId });
    expect(
      codesOf(
        await attempt(t.org.people.kasiA.nip, { consequences: 'x' }, kasiPlan.version, approvedId),
      ),
    ).toEqual(['CONFLICT']);
    expect(await row()).toMatchObject({
      version: before.version,
      resourceSupport: 'Laptop dan akses e-Kinerja',
      consequences: null,
    });
  });

  it('shows the lampiran to those who read the plan, never to analysts', async () => {
    for (const reader of [t.org.people.kasiA.nip, 'admin', 'camat']) {
      const result = await t.client.as(reader, READ, { id: String(planId) });
      expect(result.data?.performancePlan).toMatchObject({
        resourceSupport: 'Laptop dan akses e-Kinerja',
      });
    }
    const analyst = await t.client.as('analis', READ, { id: String(planId) });
    if (analyst.data?.performancePlan) {
      expect(analyst.data.performancePlan).toEqual({
        resourceSupport: null,
        accountabilityScheme: null,
        consequences: null,
      });
      expect(new Set(codesOf(analyst))).toEqual(new Set(['FORBIDDEN']));
    } else expect(codesOf(analyst)).toEqual(['NOT_FOUND']);
  });
});
