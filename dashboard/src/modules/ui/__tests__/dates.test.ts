import { formatDay } from '../utils/dates';

describe('formatDay without Intl', () => {
  // Every day of 2026 and 2028 (a leap year), and a few decades around them.
  const days: string[] = [];
  for (const year of [1999, 2026, 2028, 2040]) {
    for (let day = new Date(Date.UTC(year, 0, 1)); day.getUTCFullYear() === year;) {
      days.push(day.toISOString().slice(0, 10));
      day.setUTCDate(day.getUTCDate() + 1);
    }
  }

  it.each(['id-ID', 'en-GB', 'id'])('agrees with Intl.DateTimeFormat in %s', (locale) => {
    const intl = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const mismatches = days.filter(
      (day) => formatDay(day, locale) !== intl.format(new Date(`${day}T00:00:00Z`)),
    );
    expect(mismatches).toEqual([]);
    expect(formatDay('2026-12-31', locale)).toMatch(/^31 De[sc] 2026$/);
  });

  it('reads the day of a timestamp, keeps text that is not a date, and leaves other locales to Intl', () => {
    expect(formatDay('2026-09-05T10:00:00Z', 'en-GB')).toBe('5 Sept 2026');
    expect(formatDay('2026-08-17', 'id-ID')).toBe('17 Agu 2026');
    expect(formatDay('besok', 'id-ID')).toBe('besok');
    expect(formatDay(null, 'id-ID')).toBe('');
    expect(formatDay('2026-12-31', 'en-US')).toBe('Dec 31, 2026');
  });
});
