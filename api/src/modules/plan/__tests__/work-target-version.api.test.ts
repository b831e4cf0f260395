import { AuditLog } from '../../../platform/audit/audit-log.entity';
import { DRIVERS } from '../../../testing/databases';
import { codesOf } from '../../../testing/graphql-client';
import { createApprovedCascade, createCycle } from '../../../testing/plan-fixtures';
import { useSmallOrg } from '../../../testing/suite';
import { Indicator } from '../indicator.entity';
import { PerformancePlan } from '../performance-plan.entity';
import { PlanStatus, WorkTargetKind } from '../plan.enums';
import { WorkTarget } from '../work-target.entity';

const UPDATE = `mutation ($id: ID!, $input: UpdateWorkTargetInput!, $version: Int) {
  updateWorkTarget(id: $id, input: $input, version: $version) {
    description indicators { description } plan { version } } }`;
const REMOVE = `mutation ($id: ID!, $version: Int) { removeWorkTarget(id: $id, version: $version) }`;
const INDICATOR = { aspect: 'KUANTITAS', target: 12, unit: 'laporan' };

// The owner edits their SKP in two tabs (or on the phone and the laptop): each tab sends the SKP's
// version as it read it, so the later save of what the other tab already changed is refused.
describe.each(DRIVERS)('RHK edits against the SKP version on %s', (kind) => {
  const t = useSmallOrg(kind);
  let planId: number;
  let targetId: number;
  let secondId: number;

  beforeAll(async () => {
    const ds = t.db.dataSource;
    const cycleId = await createCycle(ds, 2026);
    const { staffA1: staff } = await createApprovedCascade(ds, {
      cycleId,
      people: t.org.people,
      staff: ['staffA1'],
    });
    planId = staff.planId;
    targetId = staff.targetId;
    await ds
      .getRepository(PerformancePlan)
      .update(planId, { status: PlanStatus.RETURNED, approvedAt: null });
    const second = await ds.getRepository(WorkTarget).insert({
      planId,
      kind: WorkTargetKind.TAMBAHAN,
      description: 'RHK tambahan yang akan dihapus',
      parentTargetId: null,
      sortOrder: 1,
    });
    secondId = Number(second.identifiers[0].id);
  });

  const version = async () =>
    (await t.db.dataSource.getRepository(PerformancePlan).findOneByOrFail({ id: planId })).version;
  const edit = (description: string, read: number | null, id = targetId) =>
    t.client.as(t.org.people.staffA1.nip, UPDATE, {
      id: String(id),
      version: read,
      input: { description, indicators: [{ ...INDICATOR, description: `IKI ${description}` }] },
    });
  const audits = (action: string) =>
    t.db.dataSource.getRepository(AuditLog).countBy({ action, entityId: String(targetId) });

  it('saves with the version read, then refuses the other tab’s save of the older version, changing nothing', async () => {
    const read = await version();
    const first = await edit('Rencana dari tab pertama', read);
    expect(first.errors).toBeUndefined();
    expect(first.data?.updateWorkTarget.plan.version).toBe(read + 1);
    const updatesBefore = await audits('workTarget.update');

    const second = await edit('Rencana dari tab kedua', read);
    expect(codesOf(second)).toEqual(['CONFLICT']);
    expect(second.errors?.[0].extensions?.reason).toBe('STALE_VERSION');
    const stored = await t.db.dataSource
      .getRepository(WorkTarget)
      .findOneByOrFail({ id: targetId });
    expect(stored.description).toBe('Rencana dari tab pertama');
    const indicators = await t.db.dataSource
      .getRepository(Indicator)
      .findBy({ workTargetId: targetId });
    expect(indicators.map((indicator) => indicator.description)).toEqual([
      'IKI Rencana dari tab pertama',
    ]);
    expect(await version()).toBe(read + 1);
    expect(await audits('workTarget.update')).toBe(updatesBefore);

    // Reloaded, the same tab saves.
    const again = await edit('Rencana dari tab kedua', read + 1);
    expect(again.errors).toBeUndefined();
    expect(again.data?.updateWorkTarget.description).toBe('Rencana dari tab kedua');
  });

  it('refuses removing an RHK of an SKP changed since it was read, and removes with the current version', async () => {
    const read = await version();
    await edit('Perubahan di perangkat lain', read);
    const stale = await t.client.as(t.org.people.staffA1.nip, REMOVE, {
      id: String(secondId),
      version: read,
    });
    expect(codesOf(stale)).toEqual(['CONFLICT']);
    expect(stale.errors?.[0].extensions?.reason).toBe('STALE_VERSION');
    const repository = t.db.dataSource.getRepository(WorkTarget);
    expect(await repository.existsBy({ id: secondId })).toBe(true);
    expect(await version()).toBe(read + 1);

    const current = await t.client.as(t.org.people.staffA1.nip, REMOVE, {
      id: String(secondId),
      version: read + 1,
    });
    expect(current.errors).toBeUndefined();
    expect(await repository.existsBy({ id: secondId })).toBe(false);
    expect(await version()).toBe(read + 2);
  });

  it('checks who and what before the version: another person’s edit is FORBIDDEN, an unknown RHK NOT_FOUND', async () => {
    const read = await version();
    const other = await t.client.as(t.org.people.staffA2.nip, UPDATE, {
      id: String(targetId),
      version: read,
      input: { description: 'Bukan SKP saya' },
    });
    expect(codesOf(other)).toEqual(['FORBIDDEN']);
    const unknown = await edit('Tidak ada', read, 987654);
    expect(codesOf(unknown)).toEqual(['NOT_FOUND']);
    expect(await version()).toBe(read);
  });

  it('still takes an edit without a version, for clients that send none', async () => {
    const read = await version();
    const result = await edit('Tanpa versi', null);
    expect(result.errors).toBeUndefined();
    expect(await version()).toBe(read + 1);
  });
});
