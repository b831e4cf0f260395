import { gql, InMemoryCache } from '@apollo/client';
import { cursorConnectionPolicy } from '../utils/connection-policy';

const PAGE = gql`
  query Page($filter: EmployeeFilter, $first: Int, $after: String) {
    employees(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
        }
      }
    }
  }
`;

const page = (ids: string[], endCursor: string | null, hasNextPage: boolean) => ({
  employees: {
    __typename: 'EmployeeConnection',
    totalCount: 3,
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
    edges: ids.map((id) => ({
      __typename: 'EmployeeEdge',
      cursor: `c${id}`,
      node: { __typename: 'Employee', id },
    })),
  },
});

describe('employees connection cache policy', () => {
  const newCache = () =>
    new InMemoryCache({
      typePolicies: { Query: { fields: { employees: cursorConnectionPolicy } } },
    });
  const ids = (cache: InMemoryCache, variables: object) =>
    cache
      .readQuery<ReturnType<typeof page>>({ query: PAGE, variables })
      ?.employees.edges.map((edge) => edge.node.id);

  test('appends the next page and takes its pageInfo', () => {
    const cache = newCache();
    const filter = { search: 'sri' };
    cache.writeQuery({
      query: PAGE,
      variables: { filter, first: 2 },
      data: page(['1', '2'], 'c2', true),
    });
    cache.writeQuery({
      query: PAGE,
      variables: { filter, first: 2, after: 'c2' },
      data: page(['3'], 'c3', false),
    });
    expect(ids(cache, { filter, first: 2 })).toEqual(['1', '2', '3']);
    const merged = cache.readQuery<ReturnType<typeof page>>({
      query: PAGE,
      variables: { filter, first: 2 },
    });
    expect(merged?.employees.pageInfo).toEqual({
      __typename: 'PageInfo',
      hasNextPage: false,
      endCursor: 'c3',
    });
  });

  test('keeps each filter separate and restarts on a first page', () => {
    const cache = newCache();
    cache.writeQuery({
      query: PAGE,
      variables: { filter: { unitId: '1' }, first: 2 },
      data: page(['1', '2'], 'c2', true),
    });
    cache.writeQuery({
      query: PAGE,
      variables: { filter: { unitId: '2' }, first: 2 },
      data: page(['9'], 'c9', false),
    });
    expect(ids(cache, { filter: { unitId: '1' }, first: 2 })).toEqual(['1', '2']);
    expect(ids(cache, { filter: { unitId: '2' }, first: 2 })).toEqual(['9']);

    cache.writeQuery({
      query: PAGE,
      variables: { filter: { unitId: '1' }, first: 2 },
      data: page(['2'], 'c2', false),
    });
    expect(ids(cache, { filter: { unitId: '1' }, first: 2 })).toEqual(['2']);
  });
});
