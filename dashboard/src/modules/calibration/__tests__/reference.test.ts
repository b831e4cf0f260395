import { referenceProblems } from '../utils/reference';

const today = '2026-12-02';

describe('referenceProblems (the kecamatan’s predicate)', () => {
  test.each([
    ['800/12/436.1.2/2026', '2026-12-02', {}],
    ['800/12/436.1.2/2026', '2026-01-30', {}],
    ['x'.repeat(100), '2026-12-01', {}],
    ['x'.repeat(101), '2026-12-01', { referenceNumber: 'calibration.reference.tooLong' }],
    ['   ', '2026-12-01', { referenceNumber: 'calibration.reference.required' }],
    ['800/12', '', { referenceDate: 'calibration.reference.required' }],
    ['800/12', '2026-12-03', { referenceDate: 'calibration.reference.future' }],
    [
      '',
      '',
      {
        referenceNumber: 'calibration.reference.required',
        referenceDate: 'calibration.reference.required',
      },
    ],
  ])('%s on %s', (number, date, expected) => {
    expect(referenceProblems({ number, date, today })).toEqual(expected);
  });
});
