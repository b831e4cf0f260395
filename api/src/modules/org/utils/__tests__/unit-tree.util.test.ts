import { unitMoveProblems, type UnitMove } from '../unit-tree.util';

// Tree: 1 (root) ─┬─ 2 ─── 4 ─── 5
//                 └─ 3 (closed: 6)
const parent = (id: number, ancestorIds: number[], closed = false) => ({ id, closed, ancestorIds });

describe('unitMoveProblems', () => {
  const cases: [string, UnitMove, string[]][] = [
    ['a unit under a sibling', { unit: { id: 4, parentId: 2 }, newParent: parent(3, [3, 1]) }, []],
    ['a unit under the root', { unit: { id: 5, parentId: 4 }, newParent: parent(1, [1]) }, []],
    [
      'the root anywhere',
      { unit: { id: 1, parentId: null }, newParent: parent(2, [2, 1]) },
      ['id:ROOT_UNIT_FIXED'],
    ],
    [
      'a unit under itself',
      { unit: { id: 2, parentId: 1 }, newParent: parent(2, [2, 1]) },
      ['parentId:UNIT_PARENT_SELF'],
    ],
    [
      'a unit under its child',
      { unit: { id: 2, parentId: 1 }, newParent: parent(4, [4, 2, 1]) },
      ['parentId:UNIT_PARENT_IN_SUBTREE'],
    ],
    [
      'a unit under its grandchild',
      { unit: { id: 2, parentId: 1 }, newParent: parent(5, [5, 4, 2, 1]) },
      ['parentId:UNIT_PARENT_IN_SUBTREE'],
    ],
    [
      'a unit under a parent that does not exist',
      { unit: { id: 2, parentId: 1 }, newParent: null },
      ['parentId:UNKNOWN_REFERENCE'],
    ],
    [
      'a unit under a closed unit',
      { unit: { id: 4, parentId: 2 }, newParent: parent(6, [6, 1], true) },
      ['parentId:UNIT_PARENT_CLOSED'],
    ],
    [
      'a unit under the parent it has',
      { unit: { id: 4, parentId: 2 }, newParent: parent(2, [2, 1]) },
      ['parentId:NO_CHANGES'],
    ],
  ];

  it.each(cases)('%s', (_name, move, expected) => {
    expect(unitMoveProblems(move).map((problem) => `${problem.field}:${problem.reason}`)).toEqual(
      expected,
    );
  });
});
