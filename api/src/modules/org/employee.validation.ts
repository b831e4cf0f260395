import { dateProblem } from '../../platform/graphql/dates';
import type { FieldProblem } from '../../platform/graphql/errors';
import { textProblems } from '../../platform/graphql/text';
import { type EmploymentType, Gender } from './org.enums';
import { parseNip } from './utils/nip.util';
import { isRankValid } from './utils/rank.util';

/** The employee's own columns, as they would be stored after a create or update. */
export interface EmployeeRecord {
  nip: string;
  name: string;
  gender: Gender;
  birthDate: string;
  employmentType: EmploymentType;
  rank: string;
  email: string | null;
  phone: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9]{8,15}$/;

/** Checks one employee record on its own (the database checks come on top in the service). */
export function validateEmployeeRecord(record: EmployeeRecord): FieldProblem[] {
  const problems: FieldProblem[] = [];
  problems.push(...textProblems('name', record.name.trim(), { min: 2, max: 120 }));
  if (!Object.values(Gender).includes(record.gender))
    problems.push({
      field: 'gender',
      reason: 'NOT_ONE_OF',
      message: 'is not a known gender',
      params: { allowed: Object.values(Gender).join(', ') },
    });
  const birthDateProblem = dateProblem('birthDate', record.birthDate);
  if (birthDateProblem) problems.push(birthDateProblem);
  if (!isRankValid({ employmentType: record.employmentType, rank: record.rank })) {
    problems.push({
      field: 'rank',
      reason: 'RANK_NOT_FOR_EMPLOYMENT_TYPE',
      message: `${record.rank} is not a golongan for ${record.employmentType}`,
      params: { rank: record.rank, employmentType: record.employmentType },
    });
  }
  if (record.email !== null && (!EMAIL.test(record.email) || record.email.length > 160)) {
    problems.push({ field: 'email', reason: 'INVALID_EMAIL', message: 'is not an email address' });
  }
  if (record.phone !== null && !PHONE.test(record.phone)) {
    problems.push({
      field: 'phone',
      reason: 'INVALID_PHONE',
      message: 'must be 8 to 15 digits, optionally starting with +',
    });
  }
  const nip = parseNip({ nip: record.nip, employmentType: record.employmentType });
  if (!nip.ok) {
    problems.push({ field: 'nip', reason: nip.reason, message: nip.message, params: nip.params });
  } else {
    if (!birthDateProblem && nip.facts.birthDate !== record.birthDate) {
      problems.push({
        field: 'birthDate',
        reason: 'NIP_BIRTH_DATE_MISMATCH',
        message: `does not match the NIP (${nip.facts.birthDate})`,
        params: { nipBirthDate: nip.facts.birthDate },
      });
    }
    if (nip.facts.gender !== record.gender) {
      problems.push({
        field: 'gender',
        reason: 'NIP_GENDER_MISMATCH',
        message: `does not match the NIP gender digit (${nip.facts.gender})`,
        params: { nipGender: nip.facts.gender },
      });
    }
  }
  return problems;
}
