import { DRIVERS } from '../../../testing/databases';
import { useSmallOrg, type SuiteHandle } from '../../../testing/suite';

const TEAM_QUERY = `query ($unitId: ID) {
  employees(first: 200, filter: { unitId: $unitId }) {
    totalCount
    edges { node { id name nip phone rank pangkat positionLevel position { title } unit { name head { name } parent { name } }
      supervisor { name nip supervisor { name } } } }
  }
}`;

async function statementsFor(handle: SuiteHandle, viewer: string) {
  const viewerObject = await handle.client.viewer(viewer);
  handle.db.queries.reset();
  const result = await handle.client.run(viewerObject, TEAM_QUERY, {
    unitId: String(handle.org.units.unitA.id),
  });
  expect((result.errors ?? []).filter((e) => e.extensions?.code !== 'FORBIDDEN')).toEqual([]);
  return {
    statements: handle.db.queries.count,
    members: result.data?.employees.totalCount as number,
  };
}

describe.each(DRIVERS)('employee list loading on %s', (kind) => {
  // Unit A holds 5 people in one database and 50 in the other.
  const small = useSmallOrg(kind, { extraStaffInA: 2 });
  const large = useSmallOrg(kind, { extraStaffInA: 47 });

  it.each([['admin'], ['camat'], ['kasiA']])(
    'uses the same number of SQL statements for 5 and 50 members (viewer %s)',
    async (who) => {
      const viewerIn = (handle: SuiteHandle) =>
        who === 'kasiA' ? handle.org.people.kasiA.nip : who;
      const five = await statementsFor(small, viewerIn(small));
      const fifty = await statementsFor(large, viewerIn(large));
      expect(five.members).toBe(5);
      expect(fifty.members).toBe(50);
      expect(fifty.statements).toBe(five.statements);
      expect(five.statements).toBeLessThanOrEqual(12);
    },
  );
});
