import type { CascadePlan } from '../types';
import { allNodeIds, buildCascadeTree, type CascadeNode } from '../utils/cascade-tree';

const plan = (
  id: string,
  owner: string,
  status: CascadePlan['status'],
  targets: [id: string, parentId: string | null, kind?: 'UTAMA' | 'TAMBAHAN'][],
): CascadePlan => ({
  __typename: 'PerformancePlan',
  id,
  status,
  employee: {
    __typename: 'Employee',
    id: `e-${owner}`,
    name: owner,
    position: { __typename: 'Position', id: `p-${owner}`, title: `Jabatan ${owner}` },
  },
  workTargets: targets.map(([targetId, parentId, kind = 'UTAMA']) => ({
    __typename: 'WorkTarget',
    id: targetId,
    kind,
    description: `RHK ${targetId}`,
    parentTarget: parentId ? { __typename: 'WorkTarget', id: parentId } : null,
  })),
});

// id → children ids, to compare shapes at a glance.
const shape = (nodes: CascadeNode[]): unknown =>
  nodes.map((node) => (node.children.length ? { [node.id]: shape(node.children) } : node.id));

describe('buildCascadeTree', () => {
  test('nests RHK by parent across plans, keeping plan and target order', () => {
    const roots = buildCascadeTree({
      plans: [
        plan('1', 'Camat', 'APPROVED', [
          ['c1', null],
          ['c2', null],
          ['c3', null, 'TAMBAHAN'],
        ]),
        plan('2', 'Kasi', 'APPROVED', [
          ['k1', 'c1'],
          ['k2', 'c2'],
        ]),
        plan('3', 'Staf A', 'SUBMITTED', [
          ['s1', 'k1'],
          ['s2', 'k1'],
        ]),
        plan('4', 'Staf B', 'DRAFT', [['s3', 'k2']]),
      ],
    });
    expect(shape(roots)).toEqual([{ c1: [{ k1: ['s1', 's2'] }] }, { c2: [{ k2: ['s3'] }] }, 'c3']);
    const s1 = roots[0].children[0].children[0];
    expect(s1).toMatchObject({
      description: 'RHK s1',
      kind: 'UTAMA',
      planId: '3',
      planStatus: 'SUBMITTED',
      owner: { name: 'Staf A', position: { title: 'Jabatan Staf A' } },
    });
  });

  test('a target whose parent is outside the set is a root', () => {
    const roots = buildCascadeTree({
      plans: [
        plan('2', 'Kasi', 'APPROVED', [['k1', 'not-loaded']]),
        plan('3', 'Staf', 'DRAFT', [['s1', 'k1']]),
      ],
    });
    expect(shape(roots)).toEqual([{ k1: ['s1'] }]);
  });

  test('loops in the data and repeated targets neither hang nor duplicate', () => {
    const roots = buildCascadeTree({
      plans: [
        plan('1', 'A', 'DRAFT', [
          ['a', 'b'],
          ['self', 'self'],
        ]),
        plan('2', 'B', 'DRAFT', [['b', 'a']]),
        plan('3', 'A again', 'DRAFT', [['a', null]]),
      ],
    });
    expect(allNodeIds(roots).sort()).toEqual(['a', 'b', 'self']);
  });

  test('no plans or plans without readable targets give an empty tree', () => {
    expect(buildCascadeTree({ plans: [] })).toEqual([]);
    expect(
      buildCascadeTree({ plans: [{ ...plan('1', 'X', 'DRAFT', []), workTargets: null }] }),
    ).toEqual([]);
  });
});
