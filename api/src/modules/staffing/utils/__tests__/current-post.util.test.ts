import { currentPosts, type PostStretch } from '../current-post.util';

let nextId = 1;
const stretch = (
  employeeId: number,
  unitId: number,
  positionId: number,
  startsOn: string,
  endsOn: string | null,
  decreeNumber: string | null,
): PostStretch => ({
  id: nextId++,
  employeeId,
  unitId,
  positionId,
  startsOn,
  endsOn,
  decreeNumber,
});

describe('currentPosts', () => {
  it.each<[string, PostStretch[], { startsOn: string; decreeNumber: string | null } | undefined]>([
    [
      'the appointment only',
      [stretch(1, 10, 100, '2015-03-01', null, null)],
      {
        startsOn: '2015-03-01',
        decreeNumber: null,
      },
    ],
    [
      'after a mutasi: the new stretch',
      [
        stretch(1, 10, 100, '2015-03-01', '2026-05-31', null),
        stretch(1, 20, 200, '2026-06-01', null, 'SK 821/45'),
      ],
      { startsOn: '2026-06-01', decreeNumber: 'SK 821/45' },
    ],
    [
      'a kenaikan pangkat after the mutasi keeps the mutasi as the post’s start',
      [
        stretch(1, 10, 100, '2015-03-01', '2026-05-31', null),
        stretch(1, 20, 200, '2026-06-01', '2026-09-30', 'SK 821/45'),
        stretch(1, 20, 200, '2026-10-01', null, 'SK 823/7'),
      ],
      { startsOn: '2026-06-01', decreeNumber: 'SK 821/45' },
    ],
    [
      'a rotation within the unit is a new post',
      [
        stretch(1, 20, 200, '2020-01-01', '2026-05-31', 'SK 1'),
        stretch(1, 20, 201, '2026-06-01', null, 'SK 2'),
      ],
      { startsOn: '2026-06-01', decreeNumber: 'SK 2' },
    ],
    [
      'back to an earlier post is a new post, not the old one',
      [
        stretch(1, 10, 100, '2015-03-01', '2024-12-31', 'SK 1'),
        stretch(1, 20, 200, '2025-01-01', '2025-12-31', 'SK 2'),
        stretch(1, 10, 100, '2026-01-01', null, 'SK 3'),
      ],
      { startsOn: '2026-01-01', decreeNumber: 'SK 3' },
    ],
    [
      'the order of the rows does not matter',
      [
        stretch(1, 20, 200, '2026-06-01', null, 'SK 821/45'),
        stretch(1, 10, 100, '2015-03-01', '2026-05-31', null),
      ],
      { startsOn: '2026-06-01', decreeNumber: 'SK 821/45' },
    ],
    ['no open stretch: none', [stretch(1, 10, 100, '2015-03-01', '2026-05-31', 'SK 1')], undefined],
  ])('%s', (_name, rows, expected) => {
    expect(currentPosts({ rows }).get(1)).toEqual(expected);
  });

  it('keeps employees apart', () => {
    const posts = currentPosts({
      rows: [
        stretch(1, 10, 100, '2015-03-01', null, null),
        stretch(2, 10, 100, '2019-01-01', '2026-05-31', 'SK 1'),
        stretch(2, 20, 200, '2026-06-01', null, 'SK 2'),
      ],
    });
    expect([...posts.entries()].sort(([a], [b]) => a - b)).toEqual([
      [1, { startsOn: '2015-03-01', decreeNumber: null }],
      [2, { startsOn: '2026-06-01', decreeNumber: 'SK 2' }],
    ]);
  });
});
