import { DRIVERS } from '../../../testing/databases';
import { codesOf } from '../../../testing/graphql-client';
import { useSmallOrg } from '../../../testing/suite';
import { AuditLog } from '../audit-log.entity';

const AUDIT = 'query ($filter: AuditLogFilter) { auditLog(filter: $filter) { totalCount } }';

describe.each(DRIVERS)('audit log filter on %s', (kind) => {
  const t = useSmallOrg(kind);

  it('caps each free-text filter at 100 characters and rejects control characters, naming each', async () => {
    const result = await t.client.as('admin', AUDIT, {
      filter: { entity: 'E'.repeat(1_000_000), entityId: '7\u0000', action: 'a'.repeat(101) },
    });
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0].extensions?.fields).toEqual([
      {
        field: 'filter.entity',
        reason: 'MAX_LENGTH',
        message: 'must be at most 100 characters',
        params: { max: 100 },
      },
      {
        field: 'filter.entityId',
        reason: 'CONTROL_CHARACTERS',
        message: 'must not contain control characters',
      },
      {
        field: 'filter.action',
        reason: 'MAX_LENGTH',
        message: 'must be at most 100 characters',
        params: { max: 100 },
      },
    ]);
  });

  it('filters by trimmed values', async () => {
    await t.client.as('admin', 'mutation { createCycle(input: { year: 2026 }) { id } }');
    const found = await t.client.as('admin', AUDIT, {
      filter: { entity: ' Cycle ', action: 'cycle.create' },
    });
    expect(found.errors).toBeUndefined();
    expect(found.data?.auditLog.totalCount).toBe(1);
    const none = await t.client.as('admin', AUDIT, {
      filter: { entity: 'Cycle', entityId: '999' },
    });
    expect(none.data?.auditLog.totalCount).toBe(0);
  });

  it('reads a row written under an earlier action name as the current name, and finds it by either', async () => {
    await t.db.dataSource.getRepository(AuditLog).insert({
      actorAccountId: null,
      action: 'cycle.status',
      entity: 'Cycle',
      entityId: '41',
      createdAt: new Date(),
    });
    const LIST =
      'query ($filter: AuditLogFilter) { auditLog(filter: $filter) { totalCount edges { node { action } } } }';
    for (const action of ['cycle.setStatus', 'cycle.status']) {
      const found = await t.client.as('admin', LIST, { filter: { entityId: '41', action } });
      expect(found.data?.auditLog).toEqual({
        totalCount: 1,
        edges: [{ node: { action: 'cycle.setStatus' } }],
      });
    }
  });
});
