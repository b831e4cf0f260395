import { type ClosureRow, computeClosure } from '../closure.util';

const sorted = (rows: ClosureRow[]) =>
  [...rows].sort((a, b) => a.descendantId - b.descendantId || a.depth - b.depth);
const row = (ancestorId: number, descendantId: number, depth: number): ClosureRow => ({
  ancestorId,
  descendantId,
  depth,
});

describe('computeClosure', () => {
  it.each([
    { name: 'an empty tree', edges: [], rows: [] },
    { name: 'a single root', edges: [[1, null]], rows: [row(1, 1, 0)] },
    {
      name: 'a chain listed child first',
      edges: [
        [3, 2],
        [2, 1],
        [1, null],
      ],
      rows: [row(1, 1, 0), row(2, 2, 0), row(1, 2, 1), row(3, 3, 0), row(2, 3, 1), row(1, 3, 2)],
    },
    {
      name: 'a root with two branches',
      edges: [
        [10, null],
        [20, 10],
        [30, 10],
        [40, 30],
      ],
      rows: [
        row(10, 10, 0),
        row(20, 20, 0),
        row(10, 20, 1),
        row(30, 30, 0),
        row(10, 30, 1),
        row(40, 40, 0),
        row(30, 40, 1),
        row(10, 40, 2),
      ],
    },
    {
      name: 'a forest of two roots',
      edges: [
        [1, null],
        [2, 1],
        [5, null],
        [6, 5],
      ],
      rows: [row(1, 1, 0), row(2, 2, 0), row(1, 2, 1), row(5, 5, 0), row(6, 6, 0), row(5, 6, 1)],
    },
  ] as { name: string; edges: [number, number | null][]; rows: ClosureRow[] }[])(
    'closes $name',
    ({ edges, rows }) => {
      expect(sorted(computeClosure({ parentOf: new Map(edges) }))).toEqual(sorted(rows));
    },
  );

  it.each([
    {
      name: 'a node that is its own parent',
      edges: [[1, 1]],
      error: /Cycle in the tree through node 1/,
    },
    {
      name: 'a two-node cycle',
      edges: [
        [1, 2],
        [2, 1],
      ],
      error: /Cycle in the tree/,
    },
    {
      name: 'a cycle hanging below a healthy root',
      edges: [
        [1, null],
        [2, 1],
        [3, 4],
        [4, 5],
        [5, 3],
      ],
      error: /Cycle in the tree/,
    },
    {
      name: 'a parent missing from the map',
      edges: [[2, 7]],
      error: /Parent 7 of node 2 is not in the tree/,
    },
  ] as { name: string; edges: [number, number | null][]; error: RegExp }[])(
    'throws on $name',
    ({ edges, error }) => {
      expect(() => computeClosure({ parentOf: new Map(edges) })).toThrow(error);
    },
  );

  it('agrees with walking each chain on a large random forest', () => {
    let state = 42;
    const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const parentOf = new Map<number, number | null>([[1, null]]);
    for (let id = 2; id <= 2000; id += 1)
      parentOf.set(id, random() < 0.01 ? null : 1 + Math.floor(random() * (id - 1)));

    const expected: ClosureRow[] = [];
    for (const id of parentOf.keys()) {
      let depth = 0;
      for (let node: number | null = id; node !== null; node = parentOf.get(node) ?? null) {
        expected.push(row(node, id, depth));
        depth += 1;
      }
    }
    expect(sorted(computeClosure({ parentOf }))).toEqual(sorted(expected));
  });
});
