import { jakartaDateOfRaw } from '../raw-date.util';

describe('jakartaDateOfRaw', () => {
  test.each<[string, unknown, string | null]>([
    // SQLite: the UTC text TypeORM writes, with and without milliseconds.
    ['evening UTC is the next day in Jakarta', '2026-10-05 20:00:00.000', '2026-10-06'],
    ['datetime("now") text', '2026-10-05 20:00:00', '2026-10-06'],
    ['just before Jakarta midnight', '2026-10-05 16:59:59.999', '2026-10-05'],
    ['Jakarta midnight', '2026-10-05 17:00:00.000', '2026-10-06'],
    ['the year turns in Jakarta first', '2026-12-31 17:30:00', '2027-01-01'],
    ['morning UTC is the same day', '2026-10-05 01:00:00.000', '2026-10-05'],
    ['minutes only', '2026-10-05 20:00', '2026-10-06'],
    ['ISO text with T and Z', '2026-10-05T20:00:00.000Z', '2026-10-06'],
    ['ISO text with an offset', '2026-10-06T02:00:00+07:00', '2026-10-06'],
    ['ISO text with T and no zone is UTC as SQLite keeps it', '2026-10-05T20:00:00', '2026-10-06'],
    // mysql2 with timezone 'Z': a Date.
    ['a Date', new Date('2026-10-05T20:00:00Z'), '2026-10-06'],
    ['a Date early in the UTC day', new Date('2026-10-05T00:30:00Z'), '2026-10-05'],
    // A DATE column is a calendar day already.
    ['a plain date', '2026-10-05', '2026-10-05'],
    ['null', null, null],
    ['undefined', undefined, null],
    ['an invalid Date', new Date('nonsense'), null],
    ['text that is no date', 'yesterday', null],
    ['an impossible time', '2026-10-05 25:00:00', null],
    ['a number', 1_780_000_000_000, null],
  ])('%s', (_case, value, expected) => {
    expect(jakartaDateOfRaw(value)).toBe(expected);
  });
});
