import { Account } from '../../../modules/account/account.entity';
import { CycleStatus } from '../../../modules/cycle/cycle.enums';
import { DRIVERS } from '../../../testing/databases';
import { codesOf } from '../../../testing/graphql-client';
import { createApprovedPlan, createCycle } from '../../../testing/plan-fixtures';
import { useSmallOrg } from '../../../testing/suite';
import { AuditLog } from '../audit-log.entity';

const ROWS = `query ($first: Int) {
  auditLog(first: $first, filter: { action: "test.subject" }) {
    edges { node { entity entityId subjectName } }
  }
}`;

describe.each(DRIVERS)('the audit log names what changed, on %s', (kind) => {
  const t = useSmallOrg(kind);
  let expected: [string, string, string | null][] = [];

  beforeAll(async () => {
    const { people, units, positions } = t.org;
    const cycleId = await createCycle(t.db.dataSource, 2031, CycleStatus.ACTIVE);
    const { planId } = await createApprovedPlan(t.db.dataSource, {
      employeeId: people.staffA1.id,
      cycleId,
    });
    const accounts = t.db.dataSource.getRepository(Account);
    const staffAccount = await accounts.findOneByOrFail({ employeeId: people.staffA2.id });
    const admin = await accounts.findOneByOrFail({ username: 'admin' });
    // Newest first, as the log lists them: each type once, a record that is gone, a type with no
    // name, and an id that is not a number.
    expected = [
      ['Employee', String(people.kasiA.id), people.kasiA.name],
      ['OrgUnit', String(units.unitB.id), units.unitB.name],
      ['Position', String(positions.staffPosition.id), positions.staffPosition.title],
      ['Cycle', String(cycleId), '2031'],
      ['PerformancePlan', String(planId), people.staffA1.name],
      ['User', String(staffAccount.id), people.staffA2.name],
      ['User', String(admin.id), 'admin'],
      ['Employee', '999999', null],
      ['Recap', '3', null],
      ['Kecamatan', 'gayungan', null],
    ];
    const start = Date.now() - expected.length * 1000;
    await t.db.dataSource.getRepository(AuditLog).insert(
      [...expected].reverse().map(([entity, entityId], index) => ({
        actorAccountId: null,
        action: 'test.subject',
        entity,
        entityId,
        createdAt: new Date(start + index * 1000),
      })),
    );
  });

  it.each(['camat', 'admin'])('%s reads each record by name', async (viewer) => {
    const result = await t.client.as(viewer, ROWS, { first: 50 });
    expect(result.errors).toBeUndefined();
    expect(
      result.data?.auditLog.edges.map(
        ({ node }: { node: { entity: string; entityId: string; subjectName: string | null } }) => [
          node.entity,
          node.entityId,
          node.subjectName,
        ],
      ),
    ).toEqual(expected);
  });

  it('is the audit log’s: no one else reads it', async () => {
    for (const viewer of [t.org.people.kasiA.nip, t.org.people.staffA1.nip, 'analis'])
      expect(codesOf(await t.client.as(viewer, ROWS, { first: 5 }))).toEqual(['FORBIDDEN']);
  });

  it('costs as many statements for six named rows as for two: one read per type', async () => {
    const people = Object.values(t.org.people);
    await t.db.dataSource.getRepository(AuditLog).insert(
      people.map((person) => ({
        actorAccountId: null,
        action: 'test.many',
        entity: 'Employee',
        entityId: String(person.id),
        createdAt: new Date(),
      })),
    );
    const MANY = `query ($first: Int) {
      auditLog(first: $first, filter: { action: "test.many" }) { edges { node { subjectName } } }
    }`;
    const statements = async (first: number) => {
      t.db.queries.reset();
      const result = await t.client.as('admin', MANY, { first });
      expect(result.data?.auditLog.edges).toHaveLength(first);
      return t.db.queries.count;
    };
    expect(people.length).toBeGreaterThanOrEqual(6);
    expect(await statements(people.length)).toBe(await statements(2));
  });
});
