import { CycleStatus } from '../../../modules/cycle/cycle.enums';
import { DRIVERS } from '../../../testing/databases';
import { codesOf } from '../../../testing/graphql-client';
import { createCycle } from '../../../testing/plan-fixtures';
import { useSmallOrg } from '../../../testing/suite';
import { AuditLog } from '../audit-log.entity';

const ROWS = `query ($action: String!, $first: Int) {
  auditLog(first: $first, filter: { action: $action }) {
    edges { node { entityId references { field recordId name } } }
  }
}`;

type Reference = { field: string; recordId: string; name: string };

describe.each(DRIVERS)('the audit log names the records before/after point to, on %s', (kind) => {
  const t = useSmallOrg(kind);
  let cycleId = 0;

  const insert = (action: string, rows: { before?: object; after?: object }[]) =>
    t.db.dataSource.getRepository(AuditLog).insert(
      rows.map((row, index) => ({
        actorAccountId: null,
        action,
        entity: 'Employee',
        entityId: String(index + 1),
        before: row.before,
        after: row.after,
        createdAt: new Date(Date.now() - index * 1000),
      })),
    );

  beforeAll(async () => {
    cycleId = await createCycle(t.db.dataSource, 2032, CycleStatus.ACTIVE);
  });

  it('names each id once per field, for HR', async () => {
    const { people, units, positions } = t.org;
    await insert('test.references', [
      {
        // A mutasi: the unit, jabatan and supervisor before and after, the staff reassigned.
        before: {
          unitId: units.unitA.id,
          positionId: positions.staffPosition.id,
          supervisorId: people.kasiA.id,
          version: 3,
          nip: String(people.staffA1.id),
        },
        after: {
          unitId: units.unitB.id,
          positionId: positions.staffPosition.id,
          supervisorId: people.kasiB.id,
          reassignedStaff: [people.staffA2.id, people.staffA1.id],
          cycleId,
          // Gone, not a whole number, not positive, a text: none is named.
          evaluatorId: 999999,
          headId: 1.5,
          authorId: 0,
          recipientId: String(people.camat.id),
        },
      },
    ]);
    const result = await t.client.as('admin', ROWS, { action: 'test.references', first: 5 });
    expect(result.errors).toBeUndefined();
    const references: Reference[] = result.data?.auditLog.edges[0].node.references;
    const sorted = [...references].sort(
      (a, b) => a.field.localeCompare(b.field) || Number(a.recordId) - Number(b.recordId),
    );
    expect(sorted).toEqual(
      [
        { field: 'cycleId', recordId: String(cycleId), name: '2032' },
        {
          field: 'positionId',
          recordId: String(positions.staffPosition.id),
          name: positions.staffPosition.title,
        },
        {
          field: 'reassignedStaff',
          recordId: String(people.staffA1.id),
          name: people.staffA1.name,
        },
        {
          field: 'reassignedStaff',
          recordId: String(people.staffA2.id),
          name: people.staffA2.name,
        },
        { field: 'supervisorId', recordId: String(people.kasiA.id), name: people.kasiA.name },
        { field: 'supervisorId', recordId: String(people.kasiB.id), name: people.kasiB.name },
        { field: 'unitId', recordId: String(units.unitA.id), name: units.unitA.name },
        { field: 'unitId', recordId: String(units.unitB.id), name: units.unitB.name },
      ].sort((a, b) => a.field.localeCompare(b.field) || Number(a.recordId) - Number(b.recordId)),
    );
  });

  it('is a detail: the Camat, who reads who did what but not before/after, is refused it', async () => {
    expect(
      codesOf(await t.client.as('camat', ROWS, { action: 'test.references', first: 5 })),
    ).toEqual(['FORBIDDEN']);
    for (const viewer of [t.org.people.kasiA.nip, t.org.people.staffA1.nip, 'analis'])
      expect(
        codesOf(await t.client.as(viewer, ROWS, { action: 'test.references', first: 5 })),
      ).toEqual(['FORBIDDEN']);
  });

  it('costs as many statements for six entries as for two: one read per type', async () => {
    const { people, units } = t.org;
    const staff = Object.values(people);
    expect(staff.length).toBeGreaterThanOrEqual(6);
    await insert(
      'test.referencesMany',
      staff.map((person) => ({
        before: { supervisorId: person.id, unitId: units.unitA.id },
        after: { supervisorId: people.camat.id, unitId: units.unitB.id },
      })),
    );
    const statements = async (first: number) => {
      t.db.queries.reset();
      const result = await t.client.as('admin', ROWS, { action: 'test.referencesMany', first });
      expect(result.errors).toBeUndefined();
      expect(result.data?.auditLog.edges).toHaveLength(first);
      return t.db.queries.count;
    };
    expect(await statements(staff.length)).toBe(await statements(2));
  });
});
