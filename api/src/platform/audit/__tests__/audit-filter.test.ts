import { dateRangeProblems, jakartaDayBounds } from '../audit-filter';
import { redactSecrets } from '../redact';

describe('dateRangeProblems', () => {
  it.each([
    [{}, []],
    [{ from: '2026-01-01' }, []],
    [{ from: '2026-01-01', to: '2026-01-01' }, []],
    [{ from: '2026-02-30' }, [['filter.from', 'INVALID_DATE']]],
    [{ to: '1.1.2026' }, [['filter.to', 'INVALID_DATE']]],
    [{ from: '2026-03-02', to: '2026-03-01' }, [['filter.to', 'DATE_BEFORE_START']]],
    [
      { from: 'x', to: 'y' },
      [
        ['filter.from', 'INVALID_DATE'],
        ['filter.to', 'INVALID_DATE'],
      ],
    ],
  ])('%j → %j', (range, expected) => {
    expect(dateRangeProblems(range).map((p) => [p.field, p.reason])).toEqual(expected);
  });
});

describe('jakartaDayBounds', () => {
  it('covers whole Jakarta days (UTC+7), the end exclusive', () => {
    expect(jakartaDayBounds({ from: '2026-01-01', to: '2026-01-31' })).toEqual({
      since: new Date('2025-12-31T17:00:00.000Z'),
      until: new Date('2026-01-31T17:00:00.000Z'),
    });
    expect(jakartaDayBounds({})).toEqual({ since: null, until: null });
  });
});

describe('redactSecrets', () => {
  it.each([
    [{ username: 'a', passwordHash: 'x' }, { username: 'a' }],
    [{ nested: { oneTimePassword: 'x', otpShownAt: 1, keep: 2 } }, { nested: { keep: 2 } }],
    [[{ token: 't', id: 1 }], [{ id: 1 }]],
    [{ rules: [{ passed: true }] }, { rules: [{ passed: true }] }],
    [null, null],
    ['text', 'text'],
  ])('%j → %j', (value, expected) => {
    expect(redactSecrets(value)).toEqual(expected);
  });
});
