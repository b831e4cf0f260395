import { parseCatalogueParams } from '../../development/utils/catalogue-params';
import { MAX_SEARCH_LENGTH } from '../../ui/utils/search-limits';
import {
  directoryPathForUnit,
  parseDirectoryParams,
  toEmployeeFilter,
  toSearchParams,
} from '../utils/directory-params';
import { formatCalendarDate, initialsOf, rankWithPangkat } from '../utils/format';

describe('directory URL parameters', () => {
  test('a search longer than the API accepts is cut to the limit, from a URL as from a paste', () => {
    const long = 'a'.repeat(MAX_SEARCH_LENGTH + 50);
    expect(parseDirectoryParams(new URLSearchParams({ q: long })).search).toBe(
      'a'.repeat(MAX_SEARCH_LENGTH),
    );
    expect(parseCatalogueParams(new URLSearchParams({ q: long })).search).toHaveLength(
      MAX_SEARCH_LENGTH,
    );
    expect(parseDirectoryParams(new URLSearchParams({ q: 'Rahayu' })).search).toBe('Rahayu');
  });

  test('defaults: no search, all units, active employees', () => {
    const params = parseDirectoryParams(new URLSearchParams(''));
    expect(params).toEqual({ search: '', unitId: '', status: 'active' });
    expect(toEmployeeFilter(params)).toEqual({ active: true });
    expect(toSearchParams(params).toString()).toBe('');
  });

  test('round-trips a filtered view', () => {
    const params = parseDirectoryParams(new URLSearchParams('q=sri&unit=4&status=all'));
    expect(toEmployeeFilter(params)).toEqual({ search: 'sri', unitId: '4' });
    expect(toSearchParams(params).toString()).toBe('q=sri&unit=4&status=all');
  });

  test('trims the search and ignores an unknown status', () => {
    const params = parseDirectoryParams(new URLSearchParams('q=%20%20budi%20&status=bogus'));
    expect(toEmployeeFilter(params)).toEqual({ search: 'budi', active: true });
    expect(toEmployeeFilter({ ...params, status: 'inactive', search: '   ' })).toEqual({
      active: false,
    });
  });

  test('links a unit to the directory filtered by it', () => {
    expect(directoryPathForUnit('12')).toBe('/pegawai?unit=12');
  });
});

describe('formatting', () => {
  test('calendar dates do not shift with the time zone', () => {
    expect(formatCalendarDate('1985-03-01', 'id-ID')).toBe('1 Maret 1985');
    expect(formatCalendarDate('1985-03-01', 'en-GB')).toBe('1 March 1985');
    expect(formatCalendarDate('not a date', 'id-ID')).toBe('not a date');
  });

  test('rank and pangkat', () => {
    expect(rankWithPangkat('III/a', 'Penata Muda')).toBe('III/a · Penata Muda');
    expect(rankWithPangkat('IX', null)).toBe('IX');
    expect(rankWithPangkat(null, null)).toBeNull();
  });

  test('initials skip academic titles', () => {
    expect(initialsOf('Drs. Budi Santoso, M.Si.')).toBe('BS');
    expect(initialsOf('Sri Wahyuni, S.Sos.')).toBe('SW');
    expect(initialsOf('Eko')).toBe('E');
    expect(initialsOf(null)).toBe('?');
  });
});
