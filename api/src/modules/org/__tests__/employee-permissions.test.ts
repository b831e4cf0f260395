import { DRIVERS } from '../../../testing/databases';
import type { FixturePerson } from '../../../testing/fixtures';
import { useSmallOrg } from '../../../testing/suite';

const FIELDS = [
  'id',
  'nip',
  'name',
  'gender',
  'birthDate',
  'employmentType',
  'rank',
  'pangkat',
  'position',
  'positionLevel',
  'unit',
  'supervisor',
  'email',
  'phone',
  'active',
  'version',
] as const;
type FieldName = (typeof FIELDS)[number];
const SELECTION = FIELDS.map((field) =>
  ['position', 'unit', 'supervisor'].includes(field) ? `${field} { id }` : field,
).join(' ');

const DIRECTORY: FieldName[] = [
  'id',
  'name',
  'gender',
  'employmentType',
  'rank',
  'pangkat',
  'position',
  'positionLevel',
  'unit',
  'supervisor',
  'active',
];
const ALL: FieldName[] = [...FIELDS];

describe.each(DRIVERS)('employee field permissions on %s', (kind) => {
  const t = useSmallOrg(kind);

  // [relation, viewer username, target] → fields readable; everything else must be null + FORBIDDEN.
  const cases: [string, () => string, () => FixturePerson, FieldName[]][] = [
    ['self', () => t.org.people.staffA1.nip, () => t.org.people.staffA1, ALL],
    [
      'colleague in the same unit',
      () => t.org.people.staffA2.nip,
      () => t.org.people.staffA1,
      DIRECTORY,
    ],
    [
      'colleague in another unit',
      () => t.org.people.staffB1.nip,
      () => t.org.people.staffA1,
      DIRECTORY,
    ],
    [
      'direct supervisor',
      () => t.org.people.kasiA.nip,
      () => t.org.people.staffA1,
      [...DIRECTORY, 'nip'],
    ],
    [
      'supervisor of another team',
      () => t.org.people.kasiB.nip,
      () => t.org.people.staffA1,
      DIRECTORY,
    ],
    ['subordinate looking up', () => t.org.people.staffA1.nip, () => t.org.people.kasiA, DIRECTORY],
    ['LEADER (Camat)', () => 'camat', () => t.org.people.staffB1, [...DIRECTORY, 'nip']],
    ['HR_ADMIN', () => 'admin', () => t.org.people.staffB1, ALL],
  ];

  async function check(
    viewer: string,
    target: FixturePerson,
    readable: FieldName[],
    fromList: boolean,
  ) {
    const query = fromList
      ? `query ($id: ID!) { employees(first: 200, filter: { unitId: null }) { edges { node { ${SELECTION} } } } one: employee(id: $id) { id } }`
      : `query ($id: ID!) { employee(id: $id) { ${SELECTION} } }`;
    const result = await t.client.as(viewer, query, { id: String(target.id) });
    const node = fromList
      ? result.data?.employees.edges
          .map((edge: { node: { id: string } }) => edge.node)
          .find((n: { id: string }) => n.id === String(target.id))
      : result.data?.employee;
    expect({
      node: node !== undefined,
      errors: node === undefined ? result.errors : undefined,
    }).toEqual({ node: true, errors: undefined });
    const nodeIndex = fromList
      ? result.data?.employees.edges.findIndex(
          (edge: { node: { id: string } }) => edge.node.id === String(target.id),
        )
      : -1;
    for (const field of FIELDS) {
      const path = fromList
        ? ['employees', 'edges', nodeIndex, 'node', field]
        : ['employee', field];
      const error = result.errors?.find((e) => JSON.stringify(e.path) === JSON.stringify(path));
      if (readable.includes(field)) {
        expect({
          field,
          value: node[field] === null ? null : 'value',
          error: error?.message,
        }).toEqual({ field, value: 'value', error: undefined });
      } else {
        expect({ field, value: node[field], code: error?.extensions?.code }).toEqual({
          field,
          value: null,
          code: 'FORBIDDEN',
        });
      }
    }
  }

  it.each(cases)(
    '%s: employee(id) shows exactly the permitted fields',
    async (_relation, viewer, target, readable) => {
      await check(viewer(), target(), readable, false);
    },
  );

  it.each(cases)(
    '%s: the employees list shows exactly the permitted fields',
    async (_relation, viewer, target, readable) => {
      await check(viewer(), target(), readable, true);
    },
  );

  it('never lets a NIP search reveal a colleague by its count', async () => {
    const search = (viewer: string, text: string) =>
      t.client.as(
        viewer,
        'query ($s: String) { employees(filter: { search: $s }) { totalCount edges { node { id } } } }',
        { s: text },
      );
    const colleagueNip = t.org.people.staffA1.nip;
    const byColleague = await search(t.org.people.staffA2.nip, colleagueNip);
    expect(byColleague.data?.employees.totalCount).toBe(0);
    expect(byColleague.data?.employees.edges).toEqual([]);
    const prefix = await search(t.org.people.staffA2.nip, colleagueNip.slice(0, 8));
    expect(
      prefix.data?.employees.edges.map((e: { node: { id: string } }) => e.node.id),
    ).not.toContain(String(t.org.people.staffA1.id));
    expect((await search(t.org.people.staffA1.nip, colleagueNip)).data?.employees.totalCount).toBe(
      1,
    );
    expect((await search(t.org.people.kasiA.nip, colleagueNip)).data?.employees.totalCount).toBe(1);
    expect((await search('camat', colleagueNip)).data?.employees.totalCount).toBe(1);
    expect((await search(t.org.people.staffA2.nip, 'Dewi')).data?.employees.totalCount).toBe(1);
  });

  // Analysts' fields, search, filters and order: analyst-deidentification.api.test.ts.
  it('gives analysts no one alone in their anonymity set, as everyone here is', async () => {
    const all = await t.client.as('analis', '{ employees { totalCount edges { node { id } } } }');
    expect(all.data?.employees).toEqual({ totalCount: 0, edges: [] });
    const one = await t.client.as('analis', 'query ($id: ID!) { employee(id: $id) { id } }', {
      id: String(t.org.people.staffB1.id),
    });
    expect(one.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
  });

  it('filters by unit including sub-units, supervisor, type and active, with counts that match', async () => {
    const q =
      'query ($f: EmployeeFilter) { employees(filter: $f) { totalCount edges { node { name } } } }';
    const root = await t.client.as('admin', q, { f: { unitId: String(t.org.units.root.id) } });
    expect(root.data?.employees.totalCount).toBe(6);
    const unitA = await t.client.as('admin', q, { f: { unitId: String(t.org.units.unitA.id) } });
    expect(unitA.data?.employees.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(
      ['Dewi Staf', 'Eko Staf', 'Siti Kasi'],
    );
    const team = await t.client.as('admin', q, {
      f: { supervisorId: String(t.org.people.kasiA.id), employmentType: 'PNS', active: true },
    });
    expect(team.data?.employees.totalCount).toBe(2);
  });

  it('pages with cursors without losing or repeating anyone', async () => {
    const q =
      'query ($after: String) { employees(first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }';
    const first = await t.client.as('admin', q, {});
    expect(first.data?.employees.pageInfo.hasNextPage).toBe(true);
    const second = await t.client.as('admin', q, {
      after: first.data?.employees.pageInfo.endCursor,
    });
    expect(second.data?.employees.pageInfo.hasNextPage).toBe(false);
    const names = [
      ...(first.data?.employees.edges ?? []),
      ...(second.data?.employees.edges ?? []),
    ].map((e: { node: { name: string } }) => e.node.name);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(6);
  });
});
