import { EmploymentType } from '../../../org/org.enums';
import { jpStanding } from '../jp.util';

describe('jpStanding', () => {
  it.each([
    [
      'PNS short in June',
      EmploymentType.PNS,
      8,
      '2026-06-30',
      { target: 20, progress: 0.4, belowTarget: true, flagged: false },
    ],
    [
      'PNS short on 30 September, the day before the flag',
      EmploymentType.PNS,
      8,
      '2026-09-30',
      { target: 20, progress: 0.4, belowTarget: true, flagged: false },
    ],
    [
      'PNS short from 1 October',
      EmploymentType.PNS,
      8,
      '2026-10-01',
      { target: 20, progress: 0.4, belowTarget: true, flagged: true },
    ],
    [
      'PNS short after the year',
      EmploymentType.PNS,
      19,
      '2027-01-05',
      { target: 20, progress: 0.95, belowTarget: true, flagged: true },
    ],
    [
      'PNS with nothing done yet',
      EmploymentType.PNS,
      0,
      '2026-01-02',
      { target: 20, progress: 0, belowTarget: true, flagged: false },
    ],
    [
      'PNS at exactly 20 JP after 1 October is not flagged',
      EmploymentType.PNS,
      20,
      '2026-10-01',
      { target: 20, progress: 1, belowTarget: false, flagged: false },
    ],
    [
      'PNS at 20 in December',
      EmploymentType.PNS,
      20,
      '2026-12-20',
      { target: 20, progress: 1, belowTarget: false, flagged: false },
    ],
    [
      'PNS above 20 caps progress at 1',
      EmploymentType.PNS,
      36,
      '2026-12-20',
      { target: 20, progress: 1, belowTarget: false, flagged: false },
    ],
    [
      'PPPK has no statutory target',
      EmploymentType.PPPK,
      0,
      '2026-12-20',
      { target: null, progress: null, belowTarget: false, flagged: false },
    ],
  ])('%s', (_label, employmentType, jpDone, today, expected) => {
    expect(jpStanding({ employmentType, jpDone, year: 2026, today })).toEqual(expected);
  });
});
