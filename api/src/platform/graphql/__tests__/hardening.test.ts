import { getIntrospectionQuery } from 'graphql';
import { DRIVERS } from '../../../testing/databases';
import { codesOf } from '../../../testing/graphql-client';
import { useSmallOrg } from '../../../testing/suite';
import { LIMITS } from '../limits';
import { MAX_PAGE_SIZE } from '../pagination';

describe.each(DRIVERS)('GraphQL hardening on %s', (kind) => {
  const t = useSmallOrg(kind);

  it('lets only login run without a token, introspection included', async () => {
    for (const query of [
      '{ me { id } }',
      '{ __schema { types { name } } }',
      '{ __type(name: "Employee") { name } }',
      '{ employees { totalCount } }',
      '{ __typename }',
    ]) {
      const result = await t.client.run(null, query);
      expect(codesOf(result)).toEqual(['UNAUTHENTICATED']);
      expect(result.data ?? null).toBeNull();
    }
    const mixed = await t.client.run(
      null,
      'mutation { login(username: "x", password: "y") { token } createEmployee(input: {nip:"1", name:"x", gender: LAKI_LAKI, birthDate:"x", employmentType: PNS, rank:"x", positionId:"1", unitId:"1"}) { id } }',
    );
    expect(codesOf(mixed)).toEqual(['UNAUTHENTICATED']);
  });

  it('allows a full introspection query (as GraphiQL sends it) with a token', async () => {
    const result = await t.client.as('analis', getIntrospectionQuery());
    expect(result.errors).toBeUndefined();
    expect(result.data?.__schema.types.length).toBeGreaterThan(50);
  });

  it('allows introspection with a token', async () => {
    const result = await t.client.as('admin', '{ __schema { queryType { name } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data?.__schema.queryType.name).toBe('Query');
  });

  it('rejects a query nested deeper than the limit', async () => {
    let selection = 'id';
    for (let i = 0; i < LIMITS.maxDepth + 2; i += 1) selection = `supervisor { ${selection} }`;
    const result = await t.client.as(
      'admin',
      `{ employees(first: 1) { edges { node { ${selection} } } } }`,
    );
    expect(codesOf(result)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).toMatch(/depth/);
    expect(result.errors?.[0].extensions?.reason).toBe('QUERY_TOO_DEEP');
    const shallow = await t.client.as(
      'admin',
      '{ employees(first: 1) { edges { node { supervisor { supervisor { id } } } } } }',
    );
    expect(shallow.errors).toBeUndefined();
  });

  it('rejects depth hidden in fragments', async () => {
    const fragments = Array.from(
      { length: LIMITS.maxDepth + 2 },
      (_v, i) => `fragment F${i} on Employee { supervisor { ...F${i + 1} } }`,
    ).join('\n');
    const result = await t.client.as(
      'admin',
      `{ employee(id: 1) { ...F0 } }\n${fragments}\nfragment F${LIMITS.maxDepth + 2} on Employee { id }`,
    );
    expect(codesOf(result)).toContain('GRAPHQL_VALIDATION_FAILED');
  });

  it('rejects alias amplification', async () => {
    const aliases = Array.from(
      { length: LIMITS.maxAliases + 1 },
      (_v, i) => `a${i}: me { id }`,
    ).join(' ');
    const result = await t.client.as('admin', `{ ${aliases} }`);
    expect(codesOf(result)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).toMatch(/aliases/);
    expect(result.errors?.[0].extensions?.reason).toBe('TOO_MANY_ALIASES');
  });

  it('rejects queries whose estimated cost is too high, using the variables', async () => {
    const query =
      'query ($n: Int) { employees(first: $n) { edges { node { unit { children { children { head { supervisor { id name } } } } } } } } }';
    const costly = await t.client.as('admin', query, { n: 200 });
    expect(codesOf(costly)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(costly.errors?.[0].message).toMatch(/cost/);
    expect(costly.errors?.[0].extensions?.reason).toBe('QUERY_TOO_COSTLY');
    const cheap = await t.client.as(
      'admin',
      'query ($n: Int) { employees(first: $n) { edges { node { id name } } } }',
      { n: 5 },
    );
    expect(cheap.errors).toBeUndefined();
    // The estimate is kept per document and variables: the same text is cheap with a small page
    // and too costly with a large one, in either order.
    expect((await t.client.as('admin', query, { n: 1 })).errors).toBeUndefined();
    expect(codesOf(await t.client.as('admin', query, { n: 200 }))).toEqual([
      'GRAPHQL_VALIDATION_FAILED',
    ]);
    expect((await t.client.as('admin', query, { n: 1 })).errors).toBeUndefined();
  });

  it('caps page size and rejects forged cursors with the field named', async () => {
    const tooMany = await t.client.as('admin', '{ employees(first: 500) { totalCount } }');
    expect(codesOf(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.errors?.[0].extensions?.fields).toEqual([
      {
        field: 'first',
        reason: 'PAGE_SIZE',
        message: expect.any(String),
        params: { min: 1, max: MAX_PAGE_SIZE },
      },
    ]);
    const forged = await t.client.as('admin', '{ employees(after: "bm9wZQ") { totalCount } }');
    expect(codesOf(forged)).toEqual(['BAD_USER_INPUT']);
    expect(forged.errors?.[0].extensions?.fields).toEqual([
      { field: 'after', reason: 'INVALID_CURSOR', message: expect.any(String) },
    ]);
  });

  it('masks internal errors and keeps the cause out of the response', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
    const original = t.client.server.services.orgUnits.listInTreeOrder;
    t.client.server.services.orgUnits.listInTreeOrder = async () => {
      throw new Error('SELECT secret FROM internals failed');
    };
    try {
      const result = await t.client.as('admin', '{ orgUnits { id } }');
      expect(codesOf(result)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(JSON.stringify(result.errors)).not.toMatch(/secret|SELECT|stack/i);
      expect(spy).toHaveBeenCalled();
    } finally {
      t.client.server.services.orgUnits.listInTreeOrder = original;
      spy.mockRestore();
    }
  });
});
