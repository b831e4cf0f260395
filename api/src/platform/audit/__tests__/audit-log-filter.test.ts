import { DRIVERS } from '../../../testing/databases';
import { codesOf } from '../../../testing/graphql-client';
import { useSmallOrg } from '../../../testing/suite';

const AUDIT = 'query ($filter: AuditLogFilter) { auditLog(filter: $filter) { totalCount } }';

describe.each(DRIVERS)('audit log filter on %s', (kind) => {
  const t = useSmallOrg(kind);

  it('caps each free-text filter at 100 characters and rejects control characters, naming each', async () => {
    const result = await t.client.as('admin', AUDIT, {
      filter: { entity: 'E'.repeat(1_000_000), entityId: '7\u0000', action: 'a'.repeat(101) },
    });
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0].extensions?.fields).toEqual([
      { field: 'filter.entity', message: 'must be at most 100 characters' },
      { field: 'filter.entityId', message: 'must not contain control characters' },
      { field: 'filter.action', message: 'must be at most 100 characters' },
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
});
