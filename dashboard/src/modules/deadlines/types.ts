import type { Period } from '../skp/types';

export type OverdueKind =
  | 'SKP_NOT_APPROVED'
  | 'REALIZATION_MISSING'
  | 'EVALUATION_NOT_FINAL'
  | 'ANNUAL_EVALUATION_NOT_FINAL';

export const OVERDUE_KINDS: readonly OverdueKind[] = [
  'SKP_NOT_APPROVED',
  'REALIZATION_MISSING',
  'EVALUATION_NOT_FINAL',
  'ANNUAL_EVALUATION_NOT_FINAL',
];

export interface PeriodDeadline {
  period: Period;
  startsOn: string;
  endsOn: string;
  reportingOpensOn: string;
  reportingClosesOn: string;
  realizationsDueOn: string | null;
  evaluationDueOn: string;
  finalizableFrom: string;
}

export interface CycleDeadlines {
  skpDueOn: string;
  annualEvaluationDueOn: string;
  realizationDueDays: number;
  evaluationDueDays: number;
  reportingWindowDays: number;
  schedule: PeriodDeadline[];
}

export interface CycleWithDeadlines {
  id: string;
  year: number;
  status: 'PLANNING' | 'ACTIVE' | 'CALIBRATION' | 'CLOSED';
  version: number;
  deadlines: CycleDeadlines | null;
}

export interface OverdueItem {
  kind: OverdueKind;
  period: Period | null;
  dueOn: string;
  daysLate: number;
  employee: { id: string; name: string | null } | null;
  responsible: { id: string; name: string | null } | null;
}

export interface OverdueList {
  totalCount: number;
  employeeCount: number;
  counts: { kind: OverdueKind; count: number }[];
  items: OverdueItem[];
}
