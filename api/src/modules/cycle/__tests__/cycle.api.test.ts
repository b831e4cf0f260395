import { AuditLog } from '../../../platform/audit/audit-log.entity';
import { DRIVERS } from '../../../testing/databases';
import { codesOf } from '../../../testing/graphql-client';
import { useSmallOrg } from '../../../testing/suite';
import { PerformanceCycle } from '../cycle.entity';

const CREATE =
  'mutation ($input: CreateCycleInput!) { createCycle(input: $input) { id year status exceedsThreshold meetsThreshold periods { period startsOn endsOn } } }';
const SET_STATUS =
  'mutation ($id: ID!, $status: CycleStatus!, $reason: String) { setCycleStatus(id: $id, status: $status, reason: $reason) { id status } }';

describe.each(DRIVERS)('cycles on %s', (kind) => {
  const t = useSmallOrg(kind);
  let cycleId: string;

  it('lets HR create a cycle in PLANNING with Jakarta periods and default thresholds', async () => {
    const result = await t.client.as('admin', CREATE, { input: { year: 2026 } });
    expect(result.errors).toBeUndefined();
    expect(result.data?.createCycle).toMatchObject({
      year: 2026,
      status: 'PLANNING',
      exceedsThreshold: 110,
      meetsThreshold: 90,
    });
    expect(result.data?.createCycle.periods).toHaveLength(5);
    expect(result.data?.createCycle.periods[4]).toEqual({
      period: 'ANNUAL',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
    });
    cycleId = result.data?.createCycle.id;
  });

  it('refuses a second cycle for the same year, bad thresholds and non-HR callers', async () => {
    expect(codesOf(await t.client.as('admin', CREATE, { input: { year: 2026 } }))).toEqual([
      'CONFLICT',
    ]);
    const bad = await t.client.as('admin', CREATE, {
      input: { year: 1999, exceedsThreshold: 80, meetsThreshold: 90 },
    });
    expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
    expect((bad.errors?.[0].extensions?.fields as { field: string }[]).map((f) => f.field)).toEqual(
      ['year', 'exceedsThreshold'],
    );
    for (const viewer of ['camat', 'analis', t.org.people.staffA1.nip]) {
      expect(codesOf(await t.client.as(viewer, CREATE, { input: { year: 2030 } }))).toEqual([
        'FORBIDDEN',
      ]);
    }
    expect(await t.db.dataSource.getRepository(PerformanceCycle).count()).toBe(1);
  });

  it('moves PLANNING → ACTIVE by HR only, then ACTIVE → CALIBRATION by HR or the Camat', async () => {
    expect(
      codesOf(await t.client.as('camat', SET_STATUS, { id: cycleId, status: 'ACTIVE' })),
    ).toEqual(['FORBIDDEN']);
    expect(
      codesOf(
        await t.client.as(t.org.people.kasiA.nip, SET_STATUS, { id: cycleId, status: 'ACTIVE' }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      codesOf(await t.client.as('admin', SET_STATUS, { id: cycleId, status: 'CLOSED' })),
    ).toEqual(['CONFLICT']);
    expect(
      (await t.client.as('admin', SET_STATUS, { id: cycleId, status: 'ACTIVE' })).data
        ?.setCycleStatus.status,
    ).toBe('ACTIVE');
    expect(
      codesOf(
        await t.client.as(t.org.people.kasiA.nip, SET_STATUS, {
          id: cycleId,
          status: 'CALIBRATION',
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      (
        await t.client.as('camat', SET_STATUS, {
          id: cycleId,
          status: 'CALIBRATION',
          reason: 'Akhir tahun',
        })
      ).data?.setCycleStatus.status,
    ).toBe('CALIBRATION');
    expect(
      codesOf(await t.client.as('camat', SET_STATUS, { id: cycleId, status: 'ACTIVE' })),
    ).toEqual(['CONFLICT']);
    const audit = await t.db.dataSource
      .getRepository(AuditLog)
      .find({ where: { entity: 'Cycle', action: 'cycle.setStatus' }, order: { id: 'ASC' } });
    expect(audit.map((row) => [row.before, row.after, row.reason])).toEqual([
      [{ status: 'PLANNING' }, { status: 'ACTIVE' }, null],
      [{ status: 'ACTIVE' }, { status: 'CALIBRATION' }, 'Akhir tahun'],
    ]);
  });

  it('is readable by every role', async () => {
    for (const viewer of ['admin', 'camat', 'analis', t.org.people.staffB1.nip]) {
      const result = await t.client.as(
        viewer,
        '{ cycles { year status currentPeriod reportablePeriods } }',
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.cycles[0]).toMatchObject({ year: 2026, status: 'CALIBRATION' });
    }
  });
});
