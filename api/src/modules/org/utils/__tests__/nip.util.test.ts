import { EmploymentType, Gender } from '../../org.enums';
import { buildNip, jakartaYearMonth, parseNip } from '../nip.util';

const { PNS, PPPK } = EmploymentType;
const TODAY = new Date('2026-06-15T03:00:00Z');

describe('parseNip', () => {
  it.each([
    {
      name: 'PNS man, TMT CPNS March 2010',
      nip: '198503122010031004',
      employmentType: PNS,
      facts: {
        birthDate: '1985-03-12',
        gender: Gender.LAKI_LAKI,
        appointment: '2010-03',
        sequence: '004',
      },
    },
    {
      name: 'PNS woman born on 29 February',
      nip: '198802292014022001',
      employmentType: PNS,
      facts: {
        birthDate: '1988-02-29',
        gender: Gender.PEREMPUAN,
        appointment: '2014-02',
        sequence: '001',
      },
    },
    {
      name: 'PNS appointed the month they turned 18 (born on the 1st)',
      nip: '197001011988011999',
      employmentType: PNS,
      facts: {
        birthDate: '1970-01-01',
        gender: Gender.LAKI_LAKI,
        appointment: '1988-01',
        sequence: '999',
      },
    },
    {
      name: 'PNS born in 1950, appointed this month',
      nip: '195012311990121002',
      employmentType: PNS,
      facts: {
        birthDate: '1950-12-31',
        gender: Gender.LAKI_LAKI,
        appointment: '1990-12',
        sequence: '002',
      },
    },
    {
      name: 'PNS with TMT CPNS in the current month',
      nip: '199901012026061001',
      employmentType: PNS,
      facts: {
        birthDate: '1999-01-01',
        gender: Gender.LAKI_LAKI,
        appointment: '2026-06',
        sequence: '001',
      },
    },
    {
      name: 'PPPK woman appointed 2022',
      nip: '199207182022212015',
      employmentType: PPPK,
      facts: {
        birthDate: '1992-07-18',
        gender: Gender.PEREMPUAN,
        appointment: '2022',
        sequence: '015',
      },
    },
    {
      name: 'PPPK appointed in the first PPPK year, 2019',
      nip: '198001012019211001',
      employmentType: PPPK,
      facts: {
        birthDate: '1980-01-01',
        gender: Gender.LAKI_LAKI,
        appointment: '2019',
        sequence: '001',
      },
    },
    {
      name: 'PPPK appointed this year',
      nip: '200001012026211001',
      employmentType: PPPK,
      facts: {
        birthDate: '2000-01-01',
        gender: Gender.LAKI_LAKI,
        appointment: '2026',
        sequence: '001',
      },
    },
    {
      name: 'PNS appointed the month after the one they turned 18 in',
      nip: '197002151988031001',
      employmentType: PNS,
      facts: {
        birthDate: '1970-02-15',
        gender: Gender.LAKI_LAKI,
        appointment: '1988-03',
        sequence: '001',
      },
    },
    {
      name: 'PNS turning 18 in December, appointed the next January',
      nip: '197012151989011001',
      employmentType: PNS,
      facts: {
        birthDate: '1970-12-15',
        gender: Gender.LAKI_LAKI,
        appointment: '1989-01',
        sequence: '001',
      },
    },
    {
      name: 'PPPK turning 18 on the last day of the appointment year',
      nip: '200412312022211001',
      employmentType: PPPK,
      facts: {
        birthDate: '2004-12-31',
        gender: Gender.LAKI_LAKI,
        appointment: '2022',
        sequence: '001',
      },
    },
  ])('accepts $name', ({ nip, employmentType, facts }) => {
    expect(parseNip({ nip, employmentType, today: TODAY })).toEqual({ ok: true, facts });
  });

  it.each([
    {
      name: 'too short',
      nip: '19850312201003100',
      employmentType: PNS,
      reason: 'NIP_FORMAT',
      message: 'NIP must be 18 digits',
    },
    {
      name: 'too long',
      nip: '1985031220100310041',
      employmentType: PNS,
      reason: 'NIP_FORMAT',
      message: 'NIP must be 18 digits',
    },
    {
      name: 'a letter',
      nip: '19850312201003100A',
      employmentType: PNS,
      reason: 'NIP_FORMAT',
      message: 'NIP must be 18 digits',
    },
    {
      name: 'spaces',
      nip: '19850312 201003 1 004',
      employmentType: PNS,
      reason: 'NIP_FORMAT',
      message: 'NIP must be 18 digits',
    },
    {
      name: 'empty',
      nip: '',
      employmentType: PPPK,
      reason: 'NIP_FORMAT',
      message: 'NIP must be 18 digits',
    },
    {
      name: 'month 13 in the birth date',
      nip: '198513452010031004',
      employmentType: PNS,
      reason: 'NIP_BIRTH_DATE_INVALID',
      message: 'NIP birth date 19851345 is not a valid date',
    },
    {
      name: '30 February',
      nip: '198502302010031004',
      employmentType: PNS,
      reason: 'NIP_BIRTH_DATE_INVALID',
      message: 'NIP birth date 19850230 is not a valid date',
    },
    {
      name: '29 February in a common year',
      nip: '198702292010031004',
      employmentType: PNS,
      reason: 'NIP_BIRTH_DATE_INVALID',
      message: 'NIP birth date 19870229 is not a valid date',
    },
    {
      name: 'day 00',
      nip: '198503002010031004',
      employmentType: PPPK,
      reason: 'NIP_BIRTH_DATE_INVALID',
      message: 'NIP birth date 19850300 is not a valid date',
    },
    {
      name: 'born before 1950',
      nip: '194912311975031004',
      employmentType: PNS,
      reason: 'NIP_BIRTH_YEAR_TOO_EARLY',
      message: 'NIP birth year 1949 is before 1950',
    },
    {
      name: 'TMT CPNS month 00',
      nip: '198503122010001004',
      employmentType: PNS,
      reason: 'NIP_APPOINTMENT_MONTH_INVALID',
      message: 'NIP appointment (TMT CPNS) 201000 has no valid month',
    },
    {
      name: 'TMT CPNS month 13',
      nip: '198503122010131004',
      employmentType: PNS,
      reason: 'NIP_APPOINTMENT_MONTH_INVALID',
      message: 'NIP appointment (TMT CPNS) 201013 has no valid month',
    },
    {
      name: 'TMT CPNS next month',
      nip: '199901012026071001',
      employmentType: PNS,
      reason: 'NIP_APPOINTMENT_IN_FUTURE',
      message: 'NIP appointment (TMT CPNS) 202607 is in the future',
    },
    {
      name: 'TMT CPNS one month before turning 18',
      nip: '197001021988011001',
      employmentType: PNS,
      reason: 'NIP_APPOINTMENT_UNDERAGE',
      message: 'NIP appointment (TMT CPNS) 198801 is before the holder turned 18',
    },
    {
      name: 'TMT CPNS in the month before the one they turn 18 in',
      nip: '197002151988011001',
      employmentType: PNS,
      reason: 'NIP_APPOINTMENT_UNDERAGE',
      message: 'NIP appointment (TMT CPNS) 198801 is before the holder turned 18',
    },
    {
      name: 'TMT CPNS on the 1st of the month they turn 18 in, born later that month',
      nip: '197002151988021001',
      employmentType: PNS,
      reason: 'NIP_APPOINTMENT_UNDERAGE',
      message: 'NIP appointment (TMT CPNS) 198802 is before the holder turned 18',
    },
    {
      name: 'TMT CPNS a year early, in the month after the birth month',
      nip: '197002151987031001',
      employmentType: PNS,
      reason: 'NIP_APPOINTMENT_UNDERAGE',
      message: 'NIP appointment (TMT CPNS) 198703 is before the holder turned 18',
    },
    {
      name: 'TMT CPNS before birth',
      nip: '198503121980031004',
      employmentType: PNS,
      reason: 'NIP_APPOINTMENT_UNDERAGE',
      message: 'NIP appointment (TMT CPNS) 198003 is before the holder turned 18',
    },
    {
      name: 'gender digit 3',
      nip: '198503122010033004',
      employmentType: PNS,
      reason: 'NIP_GENDER_DIGIT',
      message: 'NIP gender digit must be 1 or 2',
    },
    {
      name: 'gender digit 0',
      nip: '198503122010030004',
      employmentType: PNS,
      reason: 'NIP_GENDER_DIGIT',
      message: 'NIP gender digit must be 1 or 2',
    },
    {
      name: 'sequence 000',
      nip: '198503122010031000',
      employmentType: PNS,
      reason: 'NIP_SEQUENCE_ZERO',
      message: 'NIP sequence must not be 000',
    },
    {
      name: 'a PNS NIP read as PPPK',
      nip: '198503122010031004',
      employmentType: PPPK,
      reason: 'NIP_PPPK_MARKER',
      message: 'PPPK NIP must have 21 in positions 13–14 (found 03)',
    },
    {
      name: 'PPPK year before 2019',
      nip: '198503122018211004',
      employmentType: PPPK,
      reason: 'NIP_PPPK_YEAR_TOO_EARLY',
      message: 'NIP PPPK appointment year 2018 is before 2019',
    },
    {
      name: 'PPPK year in the future',
      nip: '198503122027211004',
      employmentType: PPPK,
      reason: 'NIP_APPOINTMENT_IN_FUTURE',
      message: 'NIP PPPK appointment year 2027 is in the future',
    },
    {
      name: 'PPPK appointed at 17',
      nip: '200501012022211004',
      employmentType: PPPK,
      reason: 'NIP_APPOINTMENT_UNDERAGE',
      message: 'NIP PPPK appointment year 2022 is before the holder turned 18',
    },
    {
      name: 'PPPK gender digit 9',
      nip: '199207182022219015',
      employmentType: PPPK,
      reason: 'NIP_GENDER_DIGIT',
      message: 'NIP gender digit must be 1 or 2',
    },
    {
      name: 'PPPK sequence 000',
      nip: '199207182022212000',
      employmentType: PPPK,
      reason: 'NIP_SEQUENCE_ZERO',
      message: 'NIP sequence must not be 000',
    },
  ])('rejects $name', ({ nip, employmentType, reason, message }) => {
    expect(parseNip({ nip, employmentType, today: TODAY })).toMatchObject({
      ok: false,
      reason,
      message,
    });
  });

  it('reads "today" on the Jakarta calendar (UTC+7)', () => {
    // 31 May 2026 20:00 UTC is already 1 June in Jakarta, so TMT 2026-06 is not in the future.
    const lateMayUtc = new Date('2026-05-31T20:00:00Z');
    expect(jakartaYearMonth(lateMayUtc)).toEqual({ year: 2026, month: 6 });
    expect(parseNip({ nip: '199901012026061001', employmentType: PNS, today: lateMayUtc }).ok).toBe(
      true,
    );
    const earlierMayUtc = new Date('2026-05-31T16:00:00Z');
    expect(
      parseNip({ nip: '199901012026061001', employmentType: PNS, today: earlierMayUtc }).ok,
    ).toBe(false);
  });

  it('defaults "today" to the real clock', () => {
    const { year } = jakartaYearMonth(new Date());
    const nextYear = String(year + 1);
    expect(parseNip({ nip: `19900101${nextYear}211001`, employmentType: PPPK }).ok).toBe(false);
    expect(parseNip({ nip: `19900101${year}211001`, employmentType: PPPK }).ok).toBe(true);
  });
});

describe('buildNip', () => {
  it('builds sequence 000, which parseNip then rejects', () => {
    const nip = buildNip({
      birthDate: '1985-03-12',
      appointment: '2010-03',
      gender: Gender.LAKI_LAKI,
      sequence: 0,
      employmentType: PNS,
    });
    expect(nip).toBe('198503122010031000');
    expect(parseNip({ nip, employmentType: PNS, today: TODAY }).ok).toBe(false);
  });

  it.each([
    {
      parts: {
        birthDate: '1985-03-12',
        appointment: '2010-03',
        gender: Gender.LAKI_LAKI,
        sequence: 4,
        employmentType: PNS,
      },
      nip: '198503122010031004',
    },
    {
      parts: {
        birthDate: '1988-02-29',
        appointment: '2014-02',
        gender: Gender.PEREMPUAN,
        sequence: '001',
        employmentType: PNS,
      },
      nip: '198802292014022001',
    },
    {
      parts: {
        birthDate: '1992-07-18',
        appointment: '2022',
        gender: Gender.PEREMPUAN,
        sequence: 15,
        employmentType: PPPK,
      },
      nip: '199207182022212015',
    },
    {
      parts: {
        birthDate: '1985-03-12',
        appointment: '2010-03',
        gender: Gender.LAKI_LAKI,
        sequence: 999,
        employmentType: PNS,
      },
      nip: '198503122010031999',
    },
  ])('builds $nip and parses back to the same facts', ({ parts, nip }) => {
    expect(buildNip(parts)).toBe(nip);
    const parsed = parseNip({ nip, employmentType: parts.employmentType, today: TODAY });
    expect(parsed).toEqual({
      ok: true,
      facts: {
        birthDate: parts.birthDate,
        appointment: parts.appointment,
        gender: parts.gender,
        sequence: String(parts.sequence).padStart(3, '0'),
      },
    });
  });

  it.each([
    {
      name: 'a birth date without dashes',
      birthDate: '19850312',
      appointment: '2010-03',
      employmentType: PNS,
      sequence: 1,
      error: /birthDate must be YYYY-MM-DD/,
    },
    {
      name: 'a PNS appointment without its month',
      birthDate: '1985-03-12',
      appointment: '2010',
      employmentType: PNS,
      sequence: 1,
      error: /PNS appointment must be YYYY-MM/,
    },
    {
      name: 'a PPPK appointment with a month',
      birthDate: '1985-03-12',
      appointment: '2022-01',
      employmentType: PPPK,
      sequence: 1,
      error: 'buildNip: PPPK appointment must be YYYY (got "2022-01")',
    },
    {
      name: 'a PNS appointment with a day',
      birthDate: '1985-03-12',
      appointment: '2010-03-01',
      employmentType: PNS,
      sequence: 1,
      error: 'buildNip: PNS appointment must be YYYY-MM (got "2010-03-01")',
    },
    {
      name: 'a PNS appointment after other text',
      birthDate: '1985-03-12',
      appointment: 'x2010-03',
      employmentType: PNS,
      sequence: 1,
      error: /PNS appointment must be YYYY-MM/,
    },
    {
      name: 'a PPPK appointment after other text',
      birthDate: '1985-03-12',
      appointment: 'x2022',
      employmentType: PPPK,
      sequence: 1,
      error: /PPPK appointment must be YYYY/,
    },
    {
      name: 'a PPPK appointment before other text',
      birthDate: '1985-03-12',
      appointment: '2022x',
      employmentType: PPPK,
      sequence: 1,
      error: /PPPK appointment must be YYYY/,
    },
    {
      name: 'a birth date after other text',
      birthDate: 'x1985-03-12',
      appointment: '2010-03',
      employmentType: PNS,
      sequence: 1,
      error: /birthDate must be YYYY-MM-DD/,
    },
    {
      name: 'a birth date with a time',
      birthDate: '1985-03-12T00:00',
      appointment: '2010-03',
      employmentType: PNS,
      sequence: 1,
      error: /birthDate must be YYYY-MM-DD/,
    },
    {
      name: 'a negative sequence',
      birthDate: '1985-03-12',
      appointment: '2010-03',
      employmentType: PNS,
      sequence: -1,
      error: /sequence must be an integer 0–999/,
    },
    {
      name: 'a sequence above 999',
      birthDate: '1985-03-12',
      appointment: '2010-03',
      employmentType: PNS,
      sequence: 1000,
      error: /sequence must be an integer 0–999/,
    },
    {
      name: 'a fractional sequence',
      birthDate: '1985-03-12',
      appointment: '2010-03',
      employmentType: PNS,
      sequence: 1.5,
      error: /sequence must be an integer 0–999/,
    },
  ])('refuses $name', ({ birthDate, appointment, employmentType, sequence, error }) => {
    expect(() =>
      buildNip({ birthDate, appointment, employmentType, sequence, gender: Gender.LAKI_LAKI }),
    ).toThrow(error);
  });
});
