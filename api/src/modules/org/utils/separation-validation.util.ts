import { dateProblem } from '../../../platform/graphql/dates';
import type { FieldProblem } from '../../../platform/graphql/errors';
import { textProblems } from '../../../platform/graphql/text';
import type { EmploymentType } from '../org.enums';
import { SEPARATION_KIND_FOR, type SeparationKind } from '../separation.enums';

export interface SeparationRecord {
  kind: SeparationKind;
  effectiveDate: string;
  reason: string;
  decreeNumber: string | null;
}

/** Field problems of a separation, given trimmed, for an employee of `employmentType`, on `today`. */
export function separationProblems({
  record,
  employmentType,
  today,
}: {
  record: SeparationRecord;
  employmentType: EmploymentType;
  today: string;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const onlyFor = SEPARATION_KIND_FOR[record.kind];
  if (onlyFor && onlyFor !== employmentType)
    problems.push({
      field: 'kind',
      reason: 'SEPARATION_KIND_NOT_FOR_EMPLOYMENT_TYPE',
      message: `applies to ${onlyFor} only`,
      params: { employmentType: onlyFor },
    });
  const badDate = dateProblem('effectiveDate', record.effectiveDate);
  if (badDate) problems.push(badDate);
  else if (record.effectiveDate > today)
    problems.push({
      field: 'effectiveDate',
      reason: 'DATE_IN_FUTURE',
      message: 'must not be after today: record the separation once it takes effect',
      params: { max: today },
    });
  problems.push(...textProblems('reason', record.reason, { min: 3, max: 500 }));
  if (record.decreeNumber)
    problems.push(...textProblems('decreeNumber', record.decreeNumber, { max: 100 }));
  return problems;
}
