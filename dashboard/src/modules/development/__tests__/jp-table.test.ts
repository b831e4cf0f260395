import { nextJpSort, readJpTable, writeJpTable } from '../utils/jp-table';

const read = (query: string) => readJpTable(new URLSearchParams(query));
const write = (query: string, change: Parameters<typeof writeJpTable>[1], ownsUnit = true) =>
  writeJpTable(new URLSearchParams(query), change, ownsUnit).toString();

describe('JP table state in the URL', () => {
  test.each([
    ['', { search: '', belowOnly: null, sort: 'NAME', descending: false, unitId: null, page: 1 }],
    [
      'cari=sri&kurangjp=1&urut=JP_DONE&turun=1&unit=9&hal=3',
      { search: 'sri', belowOnly: true, sort: 'JP_DONE', descending: true, unitId: '9', page: 3 },
    ],
    ['kurangjp=0', { belowOnly: false }],
    // Unknown or malformed values fall back to the defaults.
    [
      'urut=SALARY&hal=-2&unit=abc&turun=yes',
      { sort: 'NAME', page: 1, unitId: null, descending: false },
    ],
  ])('reads %p', (query, expected) => {
    expect(read(query)).toMatchObject(expected);
  });

  test.each([
    [
      'a sort leaves defaults out and goes back to page 1',
      'hal=3',
      { sort: 'JP_REMAINING' as const, descending: true },
      'urut=JP_REMAINING&turun=1',
    ],
    [
      'the default order leaves the URL',
      'urut=UNIT&turun=1',
      { sort: 'NAME' as const, descending: false },
      '',
    ],
    ['a unit goes back to page 1', 'hal=2&urut=UNIT', { unitId: '3' }, 'urut=UNIT&unit=3'],
    ['a page keeps the rest', 'urut=UNIT', { page: 2 }, 'urut=UNIT&hal=2'],
    ['the below-target choice is kept either way', '', { belowOnly: false }, 'kurangjp=0'],
    ['other parameters stay', 'siklus=4', { search: ' sri ' }, 'siklus=4&cari=sri'],
  ])('writes: %s', (_name, query, change, expected) => {
    expect(write(query, change)).toBe(expected);
  });

  test('leaves the page’s own unit parameter alone when the table does not own it', () => {
    expect(write('unit=1', { sort: 'JP_DONE' }, false)).toBe('unit=1&urut=JP_DONE');
  });

  test.each([
    ['the same column flips', { sort: 'JP_DONE' as const, descending: false }, 'JP_DONE', true],
    ['names start A–Z', { sort: 'JP_DONE' as const, descending: true }, 'NAME', false],
    ['JP done starts at the least', { sort: 'NAME' as const, descending: false }, 'JP_DONE', false],
    [
      'what is missing starts at the most',
      { sort: 'NAME' as const, descending: false },
      'JP_REMAINING',
      true,
    ],
  ] as const)('next sort: %s', (_name, current, column, descending) => {
    expect(nextJpSort({ ...read(''), ...current }, column)).toEqual({ sort: column, descending });
  });
});
