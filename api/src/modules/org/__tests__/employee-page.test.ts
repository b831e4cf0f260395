import { rootFieldInfo } from '../../../platform/graphql/selection';
import { leanEmployeeOf, leanRowsFor } from '../employee-page';

const rowsOf = (node: string) =>
  leanRowsFor(rootFieldInfo(`{ employees { totalCount edges { cursor node { ${node} } } } }`));

describe('leanRowsFor', () => {
  it.each([
    // The name is always read: the cursors of the name order carry it.
    ['id', { employee: ['id', 'name'], unit: null, position: null, supervisor: null }],
    [
      'id name nip unit { name } position { title } supervisor { name }',
      {
        employee: ['id', 'name', 'nip', 'positionId', 'supervisorId', 'unitId'],
        unit: ['id', 'name'],
        position: ['id', 'title'],
        supervisor: ['id', 'name'],
      },
    ],
    // pangkat is derived from the rank; positionLevel from the joined position's level.
    [
      'pangkat positionLevel',
      {
        employee: ['id', 'name', 'positionId', 'rank'],
        unit: null,
        position: ['id', 'level'],
        supervisor: null,
      },
    ],
    [
      '... on Employee { supervisor { unit { name } } __typename }',
      {
        employee: ['id', 'name', 'supervisorId'],
        unit: null,
        position: null,
        supervisor: ['id', 'unitId'],
      },
    ],
  ])('%s reads %j', (node, expected) => {
    expect(rowsOf(node)).toEqual(expected);
  });

  it.each([['birthDate'], ['id email'], ['unit { head { name } }'], ['supervisor { phone }']])(
    'reads whole rows when %s is asked',
    (node) => {
      expect(rowsOf(node)).toBeNull();
    },
  );

  it('reads the same projection on every request', () => {
    expect(rowsOf('nip name')?.employee).toBe(rowsOf('name nip')?.employee);
  });
});

describe('leanEmployeeOf', () => {
  it.each([
    [[['id']], ['id']],
    [
      [['name', 'unit'], ['nip']],
      ['id', 'name', 'nip', 'unitId'],
    ],
    [[['name'], ['gender']], null],
    // Only the lean fields' own entries, not what every object inherits.
    [[['toString']], null],
  ])('%j reads %j', (fieldSets, expected) => {
    expect(leanEmployeeOf(fieldSets.map((fields) => new Set(fields)))).toEqual(expected);
  });
});
