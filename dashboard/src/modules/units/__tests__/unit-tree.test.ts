import {
  buildUnitTree,
  initiallyExpanded,
  moveTargets,
  subtreeIds,
  type UnitRow,
} from '../utils/unit-tree';

const unit = (id: string, parentId: string | null, depth: number, closed = false): UnitRow => ({
  __typename: 'OrgUnit',
  id,
  name: `Unit ${id}`,
  depth,
  version: 1,
  closedAt: closed ? '2026-05-01T00:00:00.000Z' : null,
  memberCount: 0,
  totalMemberCount: 0,
  parent: parentId ? { __typename: 'OrgUnit', id: parentId } : null,
  head: null,
});

// 1 ─┬─ 2 ─── 3 ─── 5
//    ├─ 4
//    └─ 6 (closed)
const UNITS = [
  unit('1', null, 0),
  unit('2', '1', 1),
  unit('3', '2', 2),
  unit('5', '3', 3),
  unit('4', '1', 1),
  unit('6', '1', 1, true),
];

describe('unit tree utilities', () => {
  test('builds the forest in the given order', () => {
    const [root] = buildUnitTree(UNITS);
    expect(root.unit.id).toBe('1');
    expect(root.children.map((node) => node.unit.id)).toEqual(['2', '4', '6']);
    expect(root.children[0].children[0].children[0].unit.id).toBe('5');
  });

  test.each([
    ['1', ['1', '2', '3', '5', '4', '6']],
    ['2', ['2', '3', '5']],
    ['5', ['5']],
  ])('the subtree of %s', (id, expected) => {
    expect([...subtreeIds(UNITS, id)]).toEqual(expected);
  });

  test.each([
    ['2', ['4']],
    ['3', ['1', '4']],
    ['4', ['2', '3', '5']],
  ])('unit %s may move under %j (open, outside its subtree, not its parent)', (id, expected) => {
    const moving = UNITS.find((candidate) => candidate.id === id)!;
    expect(moveTargets(UNITS, moving).map((target) => target.id)).toEqual(expected);
  });

  test('opens the root at first', () => {
    expect([...initiallyExpanded(UNITS)]).toEqual(['1']);
  });
});
