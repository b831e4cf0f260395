import { DRIVERS } from '../../../testing/databases';
import { codesOf } from '../../../testing/graphql-client';
import { useSmallOrg } from '../../../testing/suite';

const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe.each(DRIVERS)('forged cursors on %s', (kind) => {
  const t = useSmallOrg(kind);

  it.each([
    ['an object as the sort value', [{ a: 1 }, 5]],
    ['a list as the sort value', [[1, 2], 5]],
    ['null as the sort value', [null, 5]],
    ['a boolean as the sort value', [true, 5]],
    ['an id beyond safe integers', ['Dewi', 1e300]],
    ['three parts', ['Dewi', 5, 6]],
    ['an object', { value: 'Dewi', id: 5 }],
  ])('are BAD_USER_INPUT naming after: %s', async (_label, forged) => {
    for (const list of ['employees', 'trainingPrograms', 'auditLog']) {
      const result = await t.client.as(
        'admin',
        `query ($after: String) { ${list}(after: $after) { totalCount } }`,
        {
          after: cursor(forged),
        },
      );
      expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0].extensions?.fields).toEqual([
        { field: 'after', reason: 'INVALID_CURSOR', message: 'is not a cursor this list returned' },
      ]);
    }
  });

  it('still pages with the cursors a list returned', async () => {
    const query =
      'query ($after: String) { employees(first: 2, after: $after) { edges { node { id } } pageInfo { endCursor hasNextPage } } }';
    const first = await t.client.as('admin', query);
    const second = await t.client.as('admin', query, {
      after: first.data?.employees.pageInfo.endCursor,
    });
    expect(second.errors).toBeUndefined();
    expect(second.data?.employees.edges).toHaveLength(2);
  });

  it('says whether rows come before a page, from the cursor', async () => {
    const query =
      'query ($after: String) { employees(first: 1, after: $after) { edges { cursor } pageInfo { hasPreviousPage endCursor } } }';
    const first = await t.client.as('admin', query);
    expect(first.data?.employees.pageInfo.hasPreviousPage).toBe(false);
    const second = await t.client.as('admin', query, {
      after: first.data?.employees.pageInfo.endCursor,
    });
    expect(second.data?.employees.pageInfo.hasPreviousPage).toBe(true);
    // A cursor that sorts before every name (HR pages by name): no row precedes its page.
    const fromTheStart = await t.client.as('admin', query, { after: cursor(['', 0]) });
    expect(fromTheStart.errors).toBeUndefined();
    expect(fromTheStart.data?.employees.edges).toEqual(first.data?.employees.edges);
    expect(fromTheStart.data?.employees.pageInfo.hasPreviousPage).toBe(false);
  });
});
