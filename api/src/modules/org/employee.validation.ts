import { dateProblem } from '../../platform/graphql/dates';
import type { FieldProblem } from '../../platform/graphql/errors';
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
  const name = record.name.trim();
  if (name.length < 2 || name.length > 120)
    problems.push({ field: 'name', message: 'must be 2 to 120 characters' });
  if (!Object.values(Gender).includes(record.gender))
    problems.push({ field: 'gender', message: 'is not a known gender' });
  const birthDateProblem = dateProblem('birthDate', record.birthDate);
  if (birthDateProblem) problems.push(birthDateProblem);
  if (!isRankValid({ employmentType: record.employmentType, rank: record.rank })) {
    problems.push({
      field: 'rank',
      message: `${record.rank} is not a golongan for ${record.employmentType}`,
    });
  }
  if (record.email !== null && (!EMAIL.test(record.email) || record.email.length > 160)) {
    problems.push({ field: 'email', message: 'is not an email address' });
  }
  if (record.phone !== null && !PHONE.test(record.phone)) {
    problems.push({
      field: 'phone',
      message: 'must be 8 to 15 digits, optionally starting with +',
    });
  }
  const nip = parseNip({ nip: record.nip, employmentType: record.employmentType });
  if (!nip.ok) {
    problems.push({ field: 'nip', message: nip.message });
  } else {
    if (!birthDateProblem && nip.facts.birthDate !== record.birthDate) {
      problems.push({
        field: 'birthDate',
        message: `does not match the NIP (${nip.facts.birthDate})`,
      });
    }
    if (nip.facts.gender !== record.gender) {
      problems.push({
        field: 'gender',
        message: `does not match the NIP gender digit (${nip.facts.gender})`,
      });
    }
  }
  return problems;
}
