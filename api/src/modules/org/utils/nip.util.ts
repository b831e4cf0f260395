import { isCalendarDate } from '../../../platform/graphql/dates';
import type { ReasonParams } from '../../../platform/graphql/errors';
import type { OrgErrorReason } from '../org.errors';
import { EmploymentType, Gender } from '../org.enums';

/** What an 18-digit NIP encodes. `appointment` is `YYYY-MM` (TMT CPNS) for PNS, `YYYY` for PPPK. */
export type NipFacts = {
  birthDate: string;
  gender: Gender;
  appointment: string;
  sequence: string;
};

export type NipCheck =
  | { ok: true; facts: NipFacts }
  | { ok: false; reason: OrgErrorReason; message: string; params?: ReasonParams };

export const NIP_LENGTH = 18;
export const EARLIEST_BIRTH_YEAR = 1950;
export const MINIMUM_APPOINTMENT_AGE = 18;
// PPPK were first appointed under PP 49/2018; the NIP marks them with 21 after the year.
export const EARLIEST_PPPK_YEAR = 2019;
export const PPPK_MARKER = '21';

const GENDER_BY_DIGIT: Record<string, Gender> = { '1': Gender.LAKI_LAKI, '2': Gender.PEREMPUAN };
const DIGIT_BY_GENDER: Record<Gender, string> = {
  [Gender.LAKI_LAKI]: '1',
  [Gender.PEREMPUAN]: '2',
};

/** Year and month (1–12) of an instant on the Asia/Jakarta calendar. */
export function jakartaYearMonth(instant: Date): { year: number; month: number } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Jakarta',
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(instant);
  const valueOf = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { year: valueOf('year'), month: valueOf('month') };
}

/** Full years of age on the first day of a month (TMT CPNS always starts on the 1st). */
function fullYearsOnFirstOf({
  birth,
  year,
  month,
}: {
  birth: { year: number; month: number; day: number };
  year: number;
  month: number;
}): number {
  let years = year - birth.year;
  if (month < birth.month || (month === birth.month && birth.day > 1)) years -= 1;
  return years;
}

const fail = (reason: OrgErrorReason, message: string, params?: ReasonParams): NipCheck => ({
  ok: false,
  reason,
  message,
  ...(params && { params }),
});

/**
 * Checks an NIP and returns what it encodes. PNS: birth date YYYYMMDD, TMT CPNS YYYYMM, gender
 * digit, 3-digit sequence. PPPK: birth date YYYYMMDD, appointment year YYYY, `21`, gender digit,
 * sequence. `today` only exists so tests can pin the clock.
 */
export function parseNip({
  nip,
  employmentType,
  today = new Date(),
}: {
  nip: string;
  employmentType: EmploymentType;
  today?: Date;
}): NipCheck {
  if (!/^\d{18}$/.test(nip))
    return fail('NIP_FORMAT', `NIP must be ${NIP_LENGTH} digits`, { length: NIP_LENGTH });

  const birthDigits = nip.slice(0, 8);
  const birth = {
    year: Number(nip.slice(0, 4)),
    month: Number(nip.slice(4, 6)),
    day: Number(nip.slice(6, 8)),
  };
  if (!isCalendarDate(birth)) {
    return fail('NIP_BIRTH_DATE_INVALID', `NIP birth date ${birthDigits} is not a valid date`, {
      digits: birthDigits,
    });
  }
  if (birth.year < EARLIEST_BIRTH_YEAR) {
    return fail(
      'NIP_BIRTH_YEAR_TOO_EARLY',
      `NIP birth year ${birth.year} is before ${EARLIEST_BIRTH_YEAR}`,
      { year: birth.year, earliest: EARLIEST_BIRTH_YEAR },
    );
  }

  const now = jakartaYearMonth(today);
  const appointmentYear = Number(nip.slice(8, 12));
  let appointment: string;

  if (employmentType === EmploymentType.PNS) {
    const appointmentDigits = nip.slice(8, 14);
    const appointmentMonth = Number(nip.slice(12, 14));
    if (appointmentMonth < 1 || appointmentMonth > 12) {
      return fail(
        'NIP_APPOINTMENT_MONTH_INVALID',
        `NIP appointment (TMT CPNS) ${appointmentDigits} has no valid month`,
        { digits: appointmentDigits },
      );
    }
    if (appointmentYear * 12 + appointmentMonth > now.year * 12 + now.month) {
      return fail(
        'NIP_APPOINTMENT_IN_FUTURE',
        `NIP appointment (TMT CPNS) ${appointmentDigits} is in the future`,
        { digits: appointmentDigits },
      );
    }
    const age = fullYearsOnFirstOf({ birth, year: appointmentYear, month: appointmentMonth });
    if (age < MINIMUM_APPOINTMENT_AGE) {
      return fail(
        'NIP_APPOINTMENT_UNDERAGE',
        `NIP appointment (TMT CPNS) ${appointmentDigits} is before the holder turned ${MINIMUM_APPOINTMENT_AGE}`,
        { digits: appointmentDigits, age: MINIMUM_APPOINTMENT_AGE },
      );
    }
    appointment = `${nip.slice(8, 12)}-${nip.slice(12, 14)}`;
  } else {
    const marker = nip.slice(12, 14);
    if (marker !== PPPK_MARKER) {
      return fail(
        'NIP_PPPK_MARKER',
        `PPPK NIP must have ${PPPK_MARKER} in positions 13–14 (found ${marker})`,
        { marker: PPPK_MARKER, found: marker },
      );
    }
    if (appointmentYear < EARLIEST_PPPK_YEAR) {
      return fail(
        'NIP_PPPK_YEAR_TOO_EARLY',
        `NIP PPPK appointment year ${appointmentYear} is before ${EARLIEST_PPPK_YEAR}`,
        { year: appointmentYear, earliest: EARLIEST_PPPK_YEAR },
      );
    }
    if (appointmentYear > now.year) {
      return fail(
        'NIP_APPOINTMENT_IN_FUTURE',
        `NIP PPPK appointment year ${appointmentYear} is in the future`,
        { digits: String(appointmentYear) },
      );
    }
    // Only the year is known, so the holder must turn 18 within it at the latest.
    if (appointmentYear - birth.year < MINIMUM_APPOINTMENT_AGE) {
      return fail(
        'NIP_APPOINTMENT_UNDERAGE',
        `NIP PPPK appointment year ${appointmentYear} is before the holder turned ${MINIMUM_APPOINTMENT_AGE}`,
        { digits: String(appointmentYear), age: MINIMUM_APPOINTMENT_AGE },
      );
    }
    appointment = nip.slice(8, 12);
  }

  const gender = GENDER_BY_DIGIT[nip[14]];
  if (!gender) return fail('NIP_GENDER_DIGIT', 'NIP gender digit must be 1 or 2');

  const sequence = nip.slice(15, 18);
  if (sequence === '000') return fail('NIP_SEQUENCE_ZERO', 'NIP sequence must not be 000');

  const birthDate = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  return { ok: true, facts: { birthDate, gender, appointment, sequence } };
}

/**
 * Assembles an NIP from its parts (the inverse of `parseNip` for well-formed parts). It checks the
 * shape of each part only, so tests can build NIPs that `parseNip` rejects for their meaning.
 */
export function buildNip({
  birthDate,
  appointment,
  gender,
  sequence,
  employmentType,
}: {
  birthDate: string;
  appointment: string;
  gender: Gender;
  sequence: number | string;
  employmentType: EmploymentType;
}): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) {
    throw new Error(`buildNip: birthDate must be YYYY-MM-DD (got "${birthDate}")`);
  }
  const appointmentShape = employmentType === EmploymentType.PNS ? /^\d{4}-\d{2}$/ : /^\d{4}$/;
  if (!appointmentShape.test(appointment)) {
    const expected = employmentType === EmploymentType.PNS ? 'YYYY-MM' : 'YYYY';
    throw new Error(
      `buildNip: ${employmentType} appointment must be ${expected} (got "${appointment}")`,
    );
  }
  const sequenceNumber = Number(sequence);
  if (!Number.isInteger(sequenceNumber) || sequenceNumber < 0 || sequenceNumber > 999) {
    throw new Error(`buildNip: sequence must be an integer 0–999 (got "${sequence}")`);
  }
  const appointmentPart =
    employmentType === EmploymentType.PNS
      ? appointment.replace('-', '')
      : `${appointment}${PPPK_MARKER}`;
  return (
    birthDate.replace(/-/g, '') +
    appointmentPart +
    DIGIT_BY_GENDER[gender] +
    String(sequenceNumber).padStart(3, '0')
  );
}
